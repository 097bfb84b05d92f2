package org.triangulate.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.model.testing.ArticleFixture.article;

import org.junit.jupiter.api.Test;
import org.triangulate.model.EntityType;

class EventFeaturesTest {
  @Test
  void featuresNameWhoWhereWhenAndHowMuch() {
    var features =
        new EventFeatures(ContentWords.standard())
            .keys(
                article(
                        "a",
                        "Mayor Edda Voss opened the Harlow bridge in 2031, ten years after the"
                            + " flood of 2021. It cost 4.5 million euros.")
                    .entity("Edda Voss", EntityType.PERSON, "Edda Voss")
                    .quantity("4.5 million euros", 4_500_000, "euro")
                    .date("in 2031", "2031-01-01")
                    .build());

    assertThat(features)
        .contains("wbridge", "eedda voss", "y2031", "y2021", "m2031-1", "q4500000 euro")
        .doesNotContain("wthe");
  }
}
