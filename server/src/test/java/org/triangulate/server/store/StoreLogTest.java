package org.triangulate.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreLogTest {
  @TempDir Path dir;

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> strings(List<byte[]> records) {
    return records.stream().map(r -> new String(r, StandardCharsets.UTF_8)).toList();
  }

  @Test
  void recordsAppendedAreReadBackInOrderAfterReopening() throws Exception {
    Path file = dir.resolve("store.log");
    try (StoreLog log = StoreLog.open(file).log()) {
      log.append(List.of(bytes("one"), bytes("two")));
      log.append(List.of(bytes("three")));
    }
    StoreLog.Opened opened = StoreLog.open(file);
    opened.log().close();
    assertThat(strings(opened.records())).containsExactly("one", "two", "three");
    assertThat(opened.cut()).isZero();
  }

  @Test
  void aLogCutShortAtAnyByteKeepsEveryWholeRecordAndAcceptsNewOnes() throws Exception {
    Path file = dir.resolve("store.log");
    try (StoreLog log = StoreLog.open(file).log()) {
      log.append(List.of(bytes("first record"), bytes("second record")));
    }
    byte[] whole = Files.readAllBytes(file);
    int secondEnds = whole.length;
    int firstEnds = StoreLog.MAGIC.length + StoreLog.HEADER + "first record".length();
    for (int length = StoreLog.MAGIC.length; length < secondEnds; length++) {
      Path cut = dir.resolve("cut-" + length + ".log");
      Files.write(cut, Arrays.copyOf(whole, length));
      StoreLog.Opened opened = StoreLog.open(cut);
      try (StoreLog log = opened.log()) {
        List<String> expected = length >= firstEnds ? List.of("first record") : List.of();
        assertThat(strings(opened.records())).as("cut at %d", length).isEqualTo(expected);
        log.append(List.of(bytes("after")));
      }
      StoreLog.Opened again = StoreLog.open(cut);
      again.log().close();
      assertThat(strings(again.records())).as("reopened after cut at %d", length).endsWith("after");
      assertThat(again.cut()).isZero();
    }
  }

  @Test
  void aLastRecordWithWrongBytesIsDroppedNotTrusted() throws Exception {
    Path file = dir.resolve("store.log");
    try (StoreLog log = StoreLog.open(file).log()) {
      log.append(List.of(bytes("kept"), bytes("damaged")));
    }
    byte[] whole = Files.readAllBytes(file);
    whole[whole.length - 2] ^= 0x20;
    Files.write(file, whole);
    StoreLog.Opened opened = StoreLog.open(file);
    opened.log().close();
    assertThat(strings(opened.records())).containsExactly("kept");
    assertThat(opened.cut()).isEqualTo(StoreLog.HEADER + "damaged".length());
  }

  @Test
  void aFileThatIsNotALogIsRefusedWithItsName() throws Exception {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "shopping list: eggs, flour");
    assertThatThrownBy(() -> StoreLog.open(file))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("notes.txt")
        .hasMessageContaining("not a Triangulate store log");
  }

  @Test
  void aSecondProcessCannotOpenADirectoryInUse() throws Exception {
    try (CorpusStore store = CorpusStore.open(dir)) {
      assertThat(store.replay().articles()).isEmpty();
      assertThatThrownBy(() -> CorpusStore.open(dir))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("in use");
    }
  }
}
