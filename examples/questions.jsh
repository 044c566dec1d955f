// Run from the project root after `mvn -q package -DskipTests`:
//   jshell --class-path target/peacetalks-cli.jar examples/questions.jsh
// The questions people ask of the record, each answered in one line over the example corpus.
import io.github.peacetalks.model.*;
import io.github.peacetalks.query.*;
import java.nio.file.Path;

var corpus = Corpus.load(Path.of("examples/corpus"));
System.out.println(corpus);
// EXPECT: Corpus[14 articles,

// What has Russia said about talks, and how did it change? (RUS includes Putin, Peskov, Lavrov and "het Kremlin")
System.out.println(corpus.timeline("RUS", Issue.NEGOTIATIONS));
// EXPECT: holder RUS, issue [NEGOTIATIONS]
// EXPECT: 2022-12-22  RUS

// What has Russia asked as the price of talks since 2022: the conditions it sets on negotiations.
System.out.println(corpus.conditions().setBy("RUS").forIssue(Issue.NEGOTIATIONS).toTable());
// EXPECT: TERRITORY: als Oekraïne de annexatie van vier regio's erkent

// And its demands of any kind, since 2022:
System.out.println(corpus.positions().holder("RUS").stance(Stance.DEMANDS).from(PartialDate.ofYear(2022)).timeline());
// EXPECT: stance [DEMANDS], from 2022

// Who has ruled out NATO membership for Ukraine?
System.out.println(corpus.positions().issue(Issue.NATO_MEMBERSHIP).polarity(Polarity.AGAINST).groupByParty().keySet());
// EXPECT: RUS

// Which conditions does each side set for a ceasefire, and who must meet them?
System.out.println(corpus.conditions().forIssue(Issue.CEASEFIRE).toTable());
// EXPECT: required of

// Every condition Russia sets, whatever the issue:
corpus.conditions().setBy("RUS").list().forEach(System.out::println);

// Where did a party change its stance, and in which article?
corpus.shifts().stream().filter(s -> s.party().equals("RUS")).forEach(System.out::println);
// EXPECT: RUS CEASEFIRE: FOR -> AGAINST

// Who stood where in 2023 and 2024: the latest stance of each party on each issue.
System.out.println(corpus.positions().between("2023", "2024").matrix());
// EXPECT: NEGOTIATIONS

// A mistyped id fails with the nearest known ones:
try { corpus.positions().holder("putin"); } catch (UnknownActorException e) { System.out.println(e.getMessage()); }
// EXPECT: nearest known: vladimir-putin

// A corpus is saved once and reloaded without parsing again:
var saved = java.nio.file.Files.createTempFile("corpus", ".jsonl");
corpus.writeJsonLines(saved);
System.out.println(Corpus.readJsonLines(saved).articles().equals(corpus.articles()));
// EXPECT: true
java.nio.file.Files.delete(saved);
/exit
