// Run from the project root after `mvn -q package -DskipTests`:
//   jshell --class-path target/peacetalks-cli.jar examples/quickstart.jsh
// Parses the example corpus and shows what the parser made of each article.
import io.github.peacetalks.Peacetalks;
import io.github.peacetalks.model.*;
import java.nio.file.Path;

var articles = Peacetalks.parse(Path.of("examples/corpus"));
System.out.println(articles.size() + " articles");
// EXPECT: 14 articles

for (var a : articles) System.out.printf("%-40s %-10s %s%n", a.id(), a.date() == null ? "undated" : a.date(), a.title());
// EXPECT: 2023-03-graanakkoord-verlenging          2023-03-14 Moskou wil graandeal slechts zestig dagen verlengen

// What was removed as page chrome, and by which rule:
var page = articles.stream().filter(a -> a.id().equals("2023-03-graanakkoord-verlenging")).findFirst().orElseThrow();
page.removed().forEach(p -> System.out.println(p.rule() + ": " + p.text()));
// EXPECT: repeated-headline: Moskou wil graandeal slechts zestig dagen verlengen

// Every part knows where it stands in the file:
var first = page.paragraphs().get(0);
System.out.println(first.begin() + ".." + first.end() + " " + page.source().substring(first.begin(), first.end()).equals(first.text()));
// EXPECT: true

// Articles by year:
var byYear = new java.util.TreeMap<Integer, Integer>();
for (var a : articles) if (a.date() != null) byYear.merge(a.date().year(), 1, Integer::sum);
byYear.forEach((year, n) -> System.out.println(year + ": " + n));
// EXPECT: 2022: 3
/exit
