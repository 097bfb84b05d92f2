package org.triangulate.nlp.quote;

import java.util.Optional;
import org.triangulate.model.Speaker;

/**
 * A quote before ids are given: its content span, whether it quotes words verbatim, its cue and its
 * speaker.
 */
record Draft(int start, int end, boolean direct, Optional<String> cue, Optional<Speaker> speaker) {
  Draft withSpeaker(Optional<String> newCue, Optional<Speaker> newSpeaker) {
    return new Draft(start, end, direct, newCue, newSpeaker);
  }

  Draft extendedTo(int newEnd) {
    return new Draft(start, Math.max(end, newEnd), direct, cue, speaker);
  }
}
