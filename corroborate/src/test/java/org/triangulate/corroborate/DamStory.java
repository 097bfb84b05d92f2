package org.triangulate.corroborate;

import static org.triangulate.model.testing.ArticleFixture.article;

import java.util.List;
import java.util.Optional;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.EntityType;

/**
 * A fictional story told by four outlets (a council approves a dam; the outlets disagree on its
 * distance from the town and on how many workers a crane accident injured) and one unrelated
 * article.
 */
final class DamStory {
  private DamStory() {}

  static final AnalyzedArticle COURIER =
      article(
              "courier",
              "The Corran valley council approved the Harlow dam on Tuesday. The dam will be built"
                  + " 40 miles upstream of Harlow on the Brenn river. Three workers were injured"
                  + " when a crane collapsed at the test site last week.\n\n"
                  + "\"This dam will protect thousands of homes from the spring floods,\" said"
                  + " Mayor Edda Voss. Farmers' leader Tomás Brekke said the plan was a dead end"
                  + " for the valley.")
          .outlet("Valley Courier")
          .title("Corran council approves Harlow dam")
          .published("2031-04-02")
          .entity("Corran valley council", EntityType.ORGANIZATION, "Corran valley council")
          .entity("Harlow", EntityType.LOCATION, "Harlow")
          .entity("Brenn", EntityType.LOCATION, "Brenn")
          .entity("Edda Voss", EntityType.PERSON, "Edda Voss")
          .entity("Tomás Brekke", EntityType.PERSON, "Tomás Brekke")
          .date("Tuesday", "2031-04-01")
          .quantity("40 miles", 40, "mile", 64.37, "km")
          .quantity("Three workers", 3, "worker", 3, "people")
          .quote(
              "This dam will protect thousands of homes from the spring floods",
              "Mayor Edda Voss",
              Optional.of("Edda Voss"),
              "said")
          .quote(
              "the plan was a dead end for the valley",
              "Tomás Brekke",
              Optional.of("Tomás Brekke"),
              "said")
          .build();

  static final AnalyzedArticle POST =
      article(
              "post",
              "Councillors in the Corran valley voted on Tuesday to build the Harlow dam. The dam"
                  + " will stand 64 km upstream of Harlow, on the Brenn river. Seven workers were"
                  + " injured in a crane collapse at the test site last week.\n\n"
                  + "\"This dam will protect thousands of homes from floods,\" Voss said. The"
                  + " project will cost 120 million euros, paid by the regional government.")
          .outlet("Harlow Post")
          .published("2031-04-02")
          .entity("Corran", EntityType.LOCATION, "Corran")
          .entity("Harlow", EntityType.LOCATION, "Harlow")
          .entity("Brenn", EntityType.LOCATION, "Brenn")
          .entity("Voss", EntityType.PERSON, "Voss")
          .date("Tuesday", "2031-04-01")
          .quantity("64 km", 64, "km", 64, "km")
          .quantity("Seven workers", 7, "worker", 7, "people")
          .quantity("120 million euros", 1.2e8, "euro", 1.2e8, "EUR")
          .quote(
              "This dam will protect thousands of homes from floods",
              "Voss",
              Optional.of("Voss"),
              "said")
          .build();

  static final AnalyzedArticle GAZETTE =
      article(
              "gazette",
              "The Harlow dam approved by the Corran valley council on Tuesday will rise 30 km"
                  + " upstream of Harlow. Farmers fear the reservoir will drown their fields.\n\n"
                  + "\"We reject this dam. It is a dead end for the valley,\" said Tomas Brekke,"
                  + " who leads the farmers' union. \"We welcome the council's decision,\" Mayor"
                  + " Edda Voss told reporters.")
          .outlet("Brenn Gazette")
          .title("Farmers reject Harlow dam")
          .published("2031-04-03")
          .entity("Corran valley council", EntityType.ORGANIZATION, "Corran valley council")
          .entity("Harlow", EntityType.LOCATION, "Harlow")
          .entity("Tomas Brekke", EntityType.PERSON, "Tomas Brekke")
          .entity("Edda Voss", EntityType.PERSON, "Edda Voss")
          .date("Tuesday", "2031-04-01")
          .quantity("30 km", 30, "km", 30, "km")
          .quote(
              "We reject this dam. It is a dead end for the valley",
              "Tomas Brekke",
              Optional.of("Tomas Brekke"),
              "said")
          .quote(
              "We welcome the council's decision",
              "Mayor Edda Voss",
              Optional.of("Edda Voss"),
              "told")
          .build();

  static final AnalyzedArticle TIMES =
      article(
              "times",
              "The Corran valley council approved the Harlow dam on Tuesday after a long debate."
                  + " Work on the dam is due to start in the summer.")
          .outlet("Corran Times")
          .entity("Corran valley council", EntityType.ORGANIZATION, "Corran valley council")
          .entity("Harlow", EntityType.LOCATION, "Harlow")
          .date("Tuesday", "2031-04-01")
          .build();

  static final AnalyzedArticle BAKERY =
      article(
              "bakery",
              "A bakery in Port Selwyn won the national sourdough prize on Saturday. Judges praised"
                  + " the crust of its rye loaf and its wood oven. The bakery sold 300 loaves"
                  + " before noon.")
          .outlet("Selwyn Herald")
          .title("Port Selwyn bakery wins sourdough prize")
          .published("2031-04-02")
          .entity("Port Selwyn", EntityType.LOCATION, "Port Selwyn")
          .date("Saturday", "2031-03-29")
          .quantity("300 loaves", 300, "loaf")
          .build();

  static final List<AnalyzedArticle> DAM = List.of(COURIER, POST, GAZETTE, TIMES);
}
