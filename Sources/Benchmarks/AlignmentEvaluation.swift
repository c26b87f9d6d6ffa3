import Articles
import Comparison
import Foundation
import TextCore

/// Measures the comparison engine on ../shared/data: sentence alignment of parallel documents
/// (FLORES devtest, NTREX) in order and after shuffling and editing one side, divergences
/// injected into one side, false divergences on unchanged documents, and a look at the
/// same-story examples. Not part of `swift test`; run in release mode from the repository root:
///
///     Benchmarks evaluate [--data DIR] [--limit N] [--seed N] [--draws N] [--skip-injection]
///       [--skip-stories] [--debug TOPIC,...] [--debug-heavy] [--minimum-score X] ...
///
/// Alignment is measured in order, with one side's blocks of three sentences (paragraphs)
/// shuffled, with blocks shuffled and 10-20% of the sentences each deleted or inserted (the
/// issue's condition), and two heavier ones: blocks or single sentences shuffled with 10-20%
/// of the sentences deleted and as many inserted (20-40% edited). Every shuffled or edited
/// condition pools `--draws` random draws (5); its drop is printed with the worst draw's. Figures
/// quoted in the engine's documentation before November 2026 as "blocks shuffled and 10-20%
/// edited" are the 20-40% condition's first draw (`--draws 1`).
///
/// `--data` names the shared folder or its `data` folder (default `../shared/data`); `--limit`
/// keeps the first N documents of each corpus. `--debug` prints what the engine saw for
/// `number`, `date`, `entity` or `speaker` injections it missed or misplaced, `false`
/// divergences on unchanged documents, `missed` gold pairs in order, and `wrong` pairs (with
/// their shared anchors), `editmissed` gold pairs and every predicted `pairs` with what supports
/// it, with blocks shuffled and 10-20% edited (`--debug-heavy`: 20-40% edited). The
/// option flags (`--minimum-score`, `--link-score`, `--length-prior`, `--order-bonus`,
/// `--number-agreement`, `--entity-agreement`, `--close-share`, `--run-margin`,
/// `--length-tolerance`, `--minimum-shared`) override `StoryComparer.Options` for sweeps, and
/// `--concepts-per-word` and `--weaker-concepts-per-word` override `ClaimExtractor.Options`.
enum AlignmentEvaluation {
  /// One parallel document: the same sentences in each language, line by line.
  struct Document {
    var corpus: String
    var id: String
    var lines: [Language: [String]]
  }

  /// Settings read from the command line.
  struct Settings {
    var dataFolder: URL?
    var limit = Int.max
    var seed: UInt64 = 20_240_502
    /// How many random draws of each shuffled or edited condition are pooled (`--draws`).
    var draws = 5
    var injects = true
    var options = StoryComparer.Options()
    var extraction = ClaimExtractor.Options()
    var runsStories = true
    /// What to print diagnostics for: `number`, `date`, `entity`, `speaker` (missed injections),
    /// `false` (divergences on unchanged documents), `missed` (gold pairs not aligned in order).
    var debug = Set<String>()
    /// The edited condition `wrong` and `editmissed` look at (`--debug-heavy`: 20-40% edits).
    var debugCondition = Edit.Condition.shuffledBlocksEdited
  }

  /// Runs the evaluation and prints its figures.
  static func run(arguments: [String]) throws {
    var settings = Settings()
    var rest = arguments[...]
    while let argument = rest.popFirst() {
      switch argument {
      case "--data":
        guard let value = rest.popFirst() else { throw EvaluationError("--data needs a folder") }
        settings.dataFolder = URL(fileURLWithPath: value)
      case "--limit":
        guard let value = rest.popFirst().flatMap({ Int($0) }), value > 0 else {
          throw EvaluationError("--limit needs a positive number")
        }
        settings.limit = value
      case "--seed":
        guard let value = rest.popFirst().flatMap({ UInt64($0) }) else {
          throw EvaluationError("--seed needs a number")
        }
        settings.seed = value
      case "--draws":
        guard let value = rest.popFirst().flatMap({ Int($0) }), value > 0 else {
          throw EvaluationError("--draws needs a positive number")
        }
        settings.draws = value
      case "--skip-injection": settings.injects = false
      case "--skip-stories": settings.runsStories = false
      case "--debug-heavy": settings.debugCondition = .shuffledBlocksHeavilyEdited
      case "--debug":
        guard let value = rest.popFirst() else { throw EvaluationError("--debug needs a topic") }
        settings.debug.formUnion(value.split(separator: ",").map(String.init))
      case "--concepts-per-word":
        guard let value = rest.popFirst().flatMap({ Int($0) }), value > 0 else {
          throw EvaluationError("--concepts-per-word needs a positive number")
        }
        settings.extraction.maximumConceptsPerWord = value
      case "--weaker-concepts-per-word":
        guard let value = rest.popFirst().flatMap({ Int($0) }), value >= 0 else {
          throw EvaluationError("--weaker-concepts-per-word needs a number")
        }
        settings.extraction.maximumWeakerConceptsPerWord = value
      case "--minimum-shared":
        guard let value = rest.popFirst().flatMap({ Int($0) }) else {
          throw EvaluationError("--minimum-shared needs a number")
        }
        settings.options.minimumSharedAnchors = value
      case "--minimum-score", "--link-score", "--length-prior", "--order-bonus",
        "--number-agreement", "--entity-agreement", "--close-share", "--run-margin",
        "--length-tolerance":
        guard let value = rest.popFirst().flatMap({ Double($0) }) else {
          throw EvaluationError("\(argument) needs a number")
        }
        switch argument {
        case "--minimum-score": settings.options.minimumScore = value
        case "--link-score": settings.options.linkScore = value
        case "--length-prior": settings.options.lengthPrior = value
        case "--number-agreement": settings.options.numberAgreementScore = value
        case "--entity-agreement": settings.options.entityAgreementScore = value
        case "--close-share": settings.options.closeRetellingShare = value
        case "--run-margin": settings.options.runMargin = value
        case "--length-tolerance": settings.options.weakPairLengthTolerance = value
        default: settings.options.orderBonus = value
        }
      default: throw EvaluationError("unexpected argument '\(argument)'")
      }
    }
    let data = try locateData(settings.dataFolder)
    let extractor = try ClaimExtractor(options: settings.extraction)
    let clock = ContinuousClock()
    let start = clock.now
    var documents = try flores(data, limit: settings.limit)
    documents += try ntrex(data, limit: settings.limit)
    print("evaluation data: \(documents.count) documents (FLORES devtest, NTREX)")
    var extracted = [[Language: ArticleClaims]]()
    for document in documents {
      var byLanguage = [Language: ArticleClaims]()
      for (language, lines) in document.lines {
        byLanguage[language] = try articleClaims(
          id: language.rawValue,
          language: language,
          lines: lines,
          extractor: extractor
        )
      }
      extracted.append(byLanguage)
    }
    print("extraction: \(seconds(clock.now - start)) s")
    let comparer = StoryComparer(options: settings.options)
    let pairs: [(Language, Language)] = [
      (.english, .french), (.english, .japanese), (.french, .japanese),
    ]
    print("")
    print("alignment (micro P/R/F1 over sentence pairs; gold = identity)")
    print(
      "corpus  pair   condition                    P      R      F1    pairs  false-div/50 or drop"
        + (settings.draws > 1 ? " (shuffled and edited: \(settings.draws) draws pooled)" : "")
    )
    for corpus in ["flores", "ntrex"] {
      for (left, right) in pairs {
        var conditions = [String: Score]()
        // Each draw's score of each condition, for the worst draw's drop.
        var drawScores = [String: [Score]]()
        var falseDivergences = 0
        var falseKinds = [String: Int]()
        var goldPairs = 0
        for (index, document) in documents.enumerated() where document.corpus == corpus {
          guard let one = extracted[index][left], let two = extracted[index][right] else {
            continue
          }
          let other = extracted[(index + 1) % extracted.count][right] ?? two
          let plain = Edit.identity(two)
          let report = try comparer.compare([one, plain.article])
          conditions["in order", default: Score()].add(report, gold: plain.gold)
          falseDivergences += report.divergences.count
          for divergence in report.divergences {
            falseKinds[divergence.kind.rawValue, default: 0] += 1
          }
          if settings.debug.contains("false") {
            Diagnostics.falseDivergences(report, corpus: corpus, document: document.id)
          }
          if settings.debug.contains("missed") {
            try Diagnostics.missedPairs(
              report,
              one,
              plain.article,
              comparer: comparer,
              corpus: corpus,
              document: document.id
            )
          }
          goldPairs += plain.gold.compactMap { $0 }.count
          for draw in 0..<settings.draws {
            // Draw 0 is the single draw measured before `--draws` existed.
            var random = SeededGenerator(
              seed: settings.seed &+ UInt64(draw) &* 1_000_003 &+ UInt64(index)
            )
            for condition in Edit.Condition.allCases {
              let edited = Edit.apply(condition, to: two, inserting: other, random: &random)
              let editedReport = try comparer.compare([one, edited.article])
              conditions[condition.rawValue, default: Score()].add(editedReport, gold: edited.gold)
              var perDraw = drawScores[condition.rawValue, default: []]
              if perDraw.count <= draw { perDraw.append(Score()) }
              perDraw[draw].add(editedReport, gold: edited.gold)
              drawScores[condition.rawValue] = perDraw
              guard draw == 0 else { continue }
              if settings.debug.contains("editmissed"), condition == settings.debugCondition {
                var aligned = [Int: Set<Int>]()
                var taken = [Int: Set<Int>]()
                for fact in editedReport.facts {
                  guard let l = fact.claims.first(where: { $0.article == one.id }),
                    let r = fact.claims.first(where: { $0.article == edited.article.id })
                  else { continue }
                  for i in l.sentences { aligned[i, default: []].formUnion(r.sentences) }
                  for j in r.sentences { taken[j, default: []].formUnion(l.sentences) }
                }
                let scores = try comparer.candidatePairs([one, edited.article])
                for (r, g) in edited.gold.enumerated() {
                  guard let l = g, !(aligned[l]?.contains(r) ?? false) else { continue }
                  let own =
                    scores.first { $0.firstSentence == l && $0.secondSentence == r }?.score ?? 0
                  // Whether neighbour pairs are aligned: adjacent ones, and those one claim apart.
                  func isAligned(_ step: (Int, Int)) -> Bool {
                    aligned[l + step.0]?.contains(r + step.1) ?? false
                  }
                  let near = [(-2, -1), (-1, -2), (-2, -2), (1, 2), (2, 1), (2, 2)].filter(
                    isAligned
                  )
                  let leftGot = (aligned[l] ?? []).sorted().map {
                    "\($0)(\(edited.gold[$0].map(String.init) ?? "ins"))"
                  }
                  print(
                    "debug EDITMISSED \(corpus) \(left.rawValue)-\(right.rawValue) \(l)-\(r) own "
                      + "\(format(own)) prev \(isAligned((-1, -1))) next \(isAligned((1, 1))) "
                      + "near \(near.map { "\($0.0),\($0.1)" }) lgot \(leftGot) "
                      + "rgot \((taken[r] ?? []).sorted())"
                  )
                  print("  L: \(one.sentences.first { $0.index == l }?.text ?? "")")
                  print("     \(Diagnostics.describe(one.claims.first { $0.sentence == l }))")
                  print("  R: \(edited.article.sentences.first { $0.index == r }?.text ?? "")")
                  print(
                    "     \(Diagnostics.describe(edited.article.claims.first { $0.sentence == r }))"
                  )
                }
              }
              if settings.debug.contains("pairs"), condition == settings.debugCondition {
                try Diagnostics.predictedPairs(
                  editedReport,
                  one,
                  edited,
                  comparer: comparer,
                  label: "\(corpus) \(left.rawValue)-\(right.rawValue)"
                )
              }
              if settings.debug.contains("wrong"), condition == settings.debugCondition {
                Diagnostics.wrongPairs(
                  editedReport,
                  one,
                  edited.article,
                  gold: edited.gold,
                  label: "\(corpus)/\(document.id) \(left.rawValue)-\(right.rawValue)"
                )
              }
            }
          }
        }
        for name in ["in order"] + Edit.Condition.displayed.map(\.rawValue) {
          guard let score = conditions[name] else { continue }
          // In order: false divergences per 50 pairs; otherwise the F1 lost against in order,
          // in points, from the unrounded figures (the issue's limit is 3).
          let falseRate: String
          if name == "in order" {
            falseRate = format(Double(falseDivergences) * 50 / Double(max(goldPairs, 1)))
          } else if let inOrder = conditions["in order"] {
            // Pooled over the draws, and the worst single draw.
            let worst = (drawScores[name] ?? []).map(\.f1).min() ?? score.f1
            falseRate =
              "drop " + String(format: "%.2f", 100 * (inOrder.f1 - score.f1))
              + (settings.draws > 1
                ? " (worst draw " + String(format: "%.2f", 100 * (inOrder.f1 - worst)) + ")" : "")
          } else {
            falseRate = ""
          }
          print(
            "\(pad(corpus, 7)) \(left.rawValue)-\(right.rawValue)  \(pad(name, 27)) "
              + "\(format(score.precision))  \(format(score.recall))  \(format(score.f1))  "
              + "\(pad(String(score.gold), 5))  \(falseRate)"
              + (name == "in order"
                ? " \(falseKinds.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))"
                : "")
          )
        }
      }
    }
    if settings.injects {
      try Injection.run(
        comparer: comparer,
        documents: documents,
        extracted: extracted,
        pairs: pairs,
        extractor: extractor,
        seed: settings.seed,
        debug: settings.debug
      )
    }
    if settings.runsStories { try Stories.run(extractor: extractor, comparer: comparer) }
    print("")
    print("total: \(seconds(clock.now - start)) s")
  }

  /// The shared data folder: `--data`, else `../shared/data` from the working directory.
  static func locateData(_ option: URL?) throws -> URL {
    let candidates =
      option.map { [$0, $0.appendingPathComponent("data")] }
      ?? [URL(fileURLWithPath: "../shared/data"), URL(fileURLWithPath: "../shared")]
    for candidate in candidates {
      let marker = candidate.appendingPathComponent("flores200-devtest").path
      if FileManager.default.fileExists(atPath: marker) { return candidate }
    }
    throw EvaluationError("no shared data (flores200-devtest) found; pass --data DIR")
  }

  /// The lines of a text file, without the final empty line.
  static func lines(_ url: URL) throws -> [String] {
    let text = try String(contentsOf: url, encoding: .utf8)
    var lines = text.components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  /// FLORES devtest documents from `documents_devtest.tsv` (1-based line ranges).
  static func flores(_ data: URL, limit: Int) throws -> [Document] {
    let folder = data.appendingPathComponent("flores200-devtest")
    let english = try lines(folder.appendingPathComponent("eng_Latn.devtest"))
    let french = try lines(folder.appendingPathComponent("fra_Latn.devtest"))
    let japanese = try lines(folder.appendingPathComponent("jpn_Jpan.devtest"))
    var documents = [Document]()
    for row in try lines(folder.appendingPathComponent("documents_devtest.tsv")).dropFirst() {
      let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count >= 3, let first = Int(fields[1]), let last = Int(fields[2]),
        first >= 1, last >= first, last <= english.count, last <= french.count,
        last <= japanese.count
      else { continue }
      let range = (first - 1)..<last
      documents.append(
        Document(
          corpus: "flores",
          id: String(fields[0]),
          lines: [
            .english: Array(english[range]), .french: Array(french[range]),
            .japanese: Array(japanese[range]),
          ]
        )
      )
      if documents.count >= limit { break }
    }
    return documents
  }

  /// NTREX documents: consecutive lines with the same id in `DOCUMENT_IDS.tsv`.
  static func ntrex(_ data: URL, limit: Int) throws -> [Document] {
    let folder = data.appendingPathComponent("ntrex128-en-fr-ja")
    let ids = try lines(folder.appendingPathComponent("DOCUMENT_IDS.tsv"))
    let english = try lines(folder.appendingPathComponent("newstest2019-src.eng.txt"))
    let french = try lines(folder.appendingPathComponent("newstest2019-ref.fra.txt"))
    let japanese = try lines(folder.appendingPathComponent("newstest2019-ref.jpn.txt"))
    let count = min(ids.count, english.count, french.count, japanese.count)
    var documents = [Document]()
    var start = 0
    while start < count && documents.count < limit {
      var end = start + 1
      while end < count && ids[end] == ids[start] { end += 1 }
      documents.append(
        Document(
          corpus: "ntrex",
          id: ids[start],
          lines: [
            .english: Array(english[start..<end]), .french: Array(french[start..<end]),
            .japanese: Array(japanese[start..<end]),
          ]
        )
      )
      start = end
    }
    return documents
  }

  /// An article of pre-segmented lines with its claims.
  static func articleClaims(
    id: String,
    language: Language,
    lines: [String],
    extractor: ClaimExtractor,
    published: PublicationDate? = nil
  ) throws -> ArticleClaims {
    let made = ArticleClaims.sentencePerLine(
      id: id,
      language: language,
      lines: lines,
      published: published
    )
    return ArticleClaims(
      id: id,
      language: language,
      published: published,
      sentences: made.sentences,
      claims: try extractor.claims(in: made.article)
    )
  }

  /// Precision and recall counts over sentence pairs.
  struct Score {
    var correct = 0
    var predicted = 0
    var gold = 0

    /// Adds one comparison of an unchanged article (first) with an edited one (second), whose
    /// sentence `j` is the first article's sentence `gold[j]` (`nil` when inserted).
    mutating func add(_ report: ComparisonReport, gold mapping: [Int?]) {
      guard report.articles.count == 2 else { return }
      let first = report.articles[0].id
      let second = report.articles[1].id
      gold += mapping.compactMap { $0 }.count
      for fact in report.facts {
        guard let one = fact.claims.first(where: { $0.article == first }),
          let two = fact.claims.first(where: { $0.article == second })
        else { continue }
        for left in one.sentences {
          for right in two.sentences {
            predicted += 1
            if right < mapping.count, mapping[right] == left { correct += 1 }
          }
        }
      }
    }

    var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
    var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
    var f1: Double {
      precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
  }

  static func format(_ value: Double) -> String { String(format: "%.3f", value) }

  static func seconds(_ duration: Duration) -> String {
    let (whole, attoseconds) = duration.components
    return String(format: "%.1f", Double(whole) + Double(attoseconds) * 1e-18)
  }

  static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }
}

/// An error of the evaluation's arguments or data.
struct EvaluationError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

/// Edits of one side of a parallel document: reordering, deletions and insertions.
enum Edit {
  /// The perturbations measured.
  ///
  /// The issue's condition is `shuffledBlocksEdited`: one side's paragraphs shuffled and
  /// 10-20% of its sentences deleted or inserted, each edit a deletion or an insertion by a coin
  /// toss. The two heavier conditions delete 10-20% of the sentences and insert as many, so
  /// 20-40% of the sentences are edits; they were the only edited conditions until November
  /// 2026 and stay as stress tests. Their cases come first so that their random draws, and so
  /// their figures, are those measured before.
  enum Condition: String, CaseIterable {
    case shuffledBlocks = "blocks shuffled"
    case shuffledBlocksHeavilyEdited = "blocks shuffled, 20-40% edit"
    case shuffledSentencesHeavilyEdited = "sentences shuffled, 20-40%"
    case shuffledBlocksEdited = "blocks shuffled, 10-20% edit"

    /// The order the rows are printed in: the issue's condition after shuffling alone.
    static let displayed: [Condition] = [
      .shuffledBlocks, .shuffledBlocksEdited, .shuffledBlocksHeavilyEdited,
      .shuffledSentencesHeavilyEdited,
    ]
  }

  /// The article unchanged: sentence j is sentence j.
  static func identity(_ article: ArticleClaims) -> (article: ArticleClaims, gold: [Int?]) {
    (article, article.sentences.map(\.index))
  }

  /// One side edited: blocks of three sentences (paragraphs) or single sentences shuffled, then
  /// for the edited conditions sentences deleted and sentences of `other` (another document in
  /// the same language) inserted at random places, as `Condition` describes.
  static func apply(
    _ condition: Condition,
    to article: ArticleClaims,
    inserting other: ArticleClaims,
    random: inout SeededGenerator
  ) -> (article: ArticleClaims, gold: [Int?]) {
    let claims = Dictionary(
      article.claims.map { ($0.sentence, $0) },
      uniquingKeysWith: { first, _ in first }
    )
    var items = article.sentences.map {
      (sentence: $0, claim: claims[$0.index], gold: Optional($0.index))
    }
    let blockSize = condition == .shuffledSentencesHeavilyEdited ? 1 : 3
    var blocks = stride(from: 0, to: items.count, by: blockSize).map {
      Array(items[$0..<min($0 + blockSize, items.count)])
    }
    blocks.shuffle(using: &random)
    items = blocks.flatMap { $0 }
    guard condition != .shuffledBlocks, items.count >= 2 else {
      return rebuild(article, items: items)
    }
    let share = 10 + Int(random.next() % 11)
    let edits = max(1, (items.count * share + 50) / 100)
    let otherClaims = Dictionary(
      other.claims.map { ($0.sentence, $0) },
      uniquingKeysWith: { first, _ in first }
    )
    func delete() {
      guard items.count > 1 else { return }
      items.remove(at: Int(random.next() % UInt64(items.count)))
    }
    func insert() {
      guard !other.sentences.isEmpty else { return }
      let source = other.sentences[Int(random.next() % UInt64(other.sentences.count))]
      let position = Int(random.next() % UInt64(items.count + 1))
      items.insert((source, otherClaims[source.index], nil), at: position)
    }
    if condition == .shuffledBlocksEdited {
      for _ in 0..<edits {
        if random.next() % 2 == 0 { delete() } else { insert() }
      }
    } else {
      for _ in 0..<edits { delete() }
      for _ in 0..<edits { insert() }
    }
    return rebuild(article, items: items)
  }

  /// An article of `items` in their new order, renumbered, with consecutive ranges; claims
  /// and their mentions move with their sentences.
  static func rebuild(
    _ article: ArticleClaims,
    items: [(sentence: ArticleClaims.Sentence, claim: Claim?, gold: Int?)]
  ) -> (article: ArticleClaims, gold: [Int?]) {
    var sentences = [ArticleClaims.Sentence]()
    var claims = [Claim]()
    var offset = 0
    for (index, item) in items.enumerated() {
      let length = item.sentence.utf8Range.count
      let range = offset..<(offset + length)
      let shift = range.lowerBound - item.sentence.utf8Range.lowerBound
      offset = range.upperBound + 2
      sentences.append(
        ArticleClaims.Sentence(index: index, text: item.sentence.text, utf8Range: range)
      )
      guard var claim = item.claim else { continue }
      func moved(_ old: Range<Int>) -> Range<Int> {
        (old.lowerBound + shift)..<(old.upperBound + shift)
      }
      claim.article = article.id
      claim.sentence = index
      claim.utf8Range = range
      claim.entities = claim.entities.map {
        var mention = $0; mention.utf8Range = moved($0.utf8Range); return mention
      }
      claim.quantities = claim.quantities.map {
        var mention = $0; mention.utf8Range = moved($0.utf8Range); return mention
      }
      claim.dates = claim.dates.map {
        var mention = $0; mention.utf8Range = moved($0.utf8Range); return mention
      }
      claim.quotes = claim.quotes.map {
        var mention = $0; mention.utf8Range = moved($0.utf8Range); return mention
      }
      claims.append(claim)
    }
    let rebuilt = ArticleClaims(
      id: article.id,
      language: article.language,
      title: article.title,
      outlet: article.outlet,
      published: article.published,
      sentences: sentences,
      claims: claims
    )
    return (rebuilt, items.map(\.gold))
  }
}

/// A small deterministic random number generator (SplitMix64), so evaluation runs repeat.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}

/// Typed changes injected into the text of one side of a parallel document, then found (or
/// not) by extracting and comparing again.
enum Injection {
  /// The kinds of change injected, and the divergence kind each should produce.
  enum Kind: String, CaseIterable {
    case number, date, entity, speaker

    var expected: ComparisonReport.DivergenceKind {
      switch self {
      case .number: .number
      case .date: .date
      case .entity: .entity
      case .speaker: .attribution
      }
    }
  }

  /// Counts of one kind: injections, those found, divergences of the kind reported.
  struct Tally {
    var injected = 0
    var found = 0
    var reported = 0
    var correct = 0
  }

  static func run(
    comparer: StoryComparer,
    documents: [AlignmentEvaluation.Document],
    extracted: [[Language: ArticleClaims]],
    pairs: [(Language, Language)],
    extractor: ClaimExtractor,
    seed: UInt64,
    debug: Set<String> = []
  ) throws {
    let names = try Gazetteer.load()
    var tallies = [String: Tally]()
    for (index, document) in documents.enumerated() {
      for (left, right) in pairs {
        guard let one = extracted[index][left], let two = extracted[index][right],
          let lines = document.lines[right]
        else { continue }
        var random = SeededGenerator(seed: seed &+ UInt64(index) &* 31)
        for kind in Kind.allCases {
          guard
            let change = inject(
              kind,
              into: two,
              matching: one,
              lines: lines,
              names: names,
              random: &random
            )
          else { continue }
          var edited = lines
          edited[change.sentence] = change.line
          let article = try AlignmentEvaluation.articleClaims(
            id: right.rawValue,
            language: right,
            lines: edited,
            extractor: extractor
          )
          let report = try comparer.compare([one, article])
          let key = "\(left.rawValue)-\(right.rawValue) \(kind.rawValue)"
          var tally = tallies[key, default: Tally()]
          tally.injected += 1
          let ofKind = report.divergences.filter { $0.kind == kind.expected }
          tally.reported += ofKind.count
          let hits = ofKind.filter { divergence in
            divergence.readings.contains {
              $0.article == right.rawValue && $0.sentences.contains(change.sentence)
            }
          }
          tally.correct += hits.count
          if !hits.isEmpty { tally.found += 1 }
          if debug.contains(kind.rawValue) {
            Diagnostics.injection(
              report,
              one,
              article,
              sentence: change.sentence,
              expected: kind.expected,
              found: !hits.isEmpty,
              label: "\(document.corpus)/\(document.id) \(key)"
            )
          }
          tallies[key] = tally
        }
      }
    }
    print("")
    print("injected divergences (text changed on the second side, re-extracted, compared)")
    print("pair   kind      injected  recall  precision")
    var totals = [String: Tally]()
    for key in tallies.keys.sorted() {
      guard let tally = tallies[key] else { continue }
      let kind = String(key.split(separator: " ").last ?? "")
      totals[kind, default: Tally()].injected += tally.injected
      totals[kind, default: Tally()].found += tally.found
      totals[kind, default: Tally()].reported += tally.reported
      totals[kind, default: Tally()].correct += tally.correct
      print(line(key, tally))
    }
    for kind in Kind.allCases.map(\.rawValue) {
      if let tally = totals[kind] { print(line("all \(kind)", tally)) }
    }
  }

  static func line(_ key: String, _ tally: Tally) -> String {
    let recall = tally.injected == 0 ? 0 : Double(tally.found) / Double(tally.injected)
    let precision = tally.reported == 0 ? 0 : Double(tally.correct) / Double(tally.reported)
    let parts = key.split(separator: " ").map(String.init)
    return
      "\(AlignmentEvaluation.pad(parts.first ?? "", 6)) \(AlignmentEvaluation.pad(parts.last ?? "", 9)) "
      + "\(AlignmentEvaluation.pad(String(tally.injected), 9)) \(AlignmentEvaluation.format(recall))   "
      + "\(AlignmentEvaluation.format(precision))"
  }

  /// One changed line: which sentence, and its new text.
  struct Change {
    var sentence: Int
    var line: String
  }

  /// A change of `kind` to a sentence of `article` whose partner in `other` carries the same
  /// value, so that a divergence is there to be found; `nil` when no sentence qualifies.
  static func inject(
    _ kind: Kind,
    into article: ArticleClaims,
    matching other: ArticleClaims,
    lines: [String],
    names: Gazetteer,
    random: inout SeededGenerator
  ) -> Change? {
    let partners = Dictionary(
      other.claims.map { ($0.sentence, $0) },
      uniquingKeysWith: { a, _ in a }
    )
    var candidates = [Change]()
    for claim in article.claims {
      guard let partner = partners[claim.sentence], claim.sentence < lines.count,
        let sentence = article.sentences.first(where: { $0.index == claim.sentence })
      else { continue }
      let base = sentence.utf8Range.lowerBound
      let line = lines[claim.sentence]
      switch kind {
      case .number:
        for quantity in claim.quantities
        where partner.quantities.contains(where: {
          $0.value == quantity.value && $0.unit == quantity.unit
        }) {
          if let changed = replaceDigits(
            in: line,
            range: quantity.utf8Range,
            base: base,
            date: false
          ) {
            candidates.append(Change(sentence: claim.sentence, line: changed))
            break
          }
        }
      case .date:
        for date in claim.dates where partner.dates.contains(where: { $0.value == date.value }) {
          if let changed = replaceDigits(in: line, range: date.utf8Range, base: base, date: true) {
            candidates.append(Change(sentence: claim.sentence, line: changed))
            break
          }
        }
      case .entity:
        let partnerNames = Set(partner.entities.map(\.canonical))
        for entity in claim.entities where partnerNames.contains(entity.canonical) {
          let present = Set(article.claims.flatMap { $0.entities.map(\.canonical) })
          guard
            let replacement = names.replacement(
              for: entity.kind,
              language: article.language,
              avoiding: present,
              random: &random
            ),
            let changed = replace(in: line, range: entity.utf8Range, base: base, with: replacement)
          else { continue }
          candidates.append(Change(sentence: claim.sentence, line: changed))
          break
        }
      case .speaker:
        for quote in claim.quotes {
          guard let speaker = quote.speaker, let canonical = quote.speakerCanonical,
            partner.quotes.contains(where: { $0.speakerCanonical == canonical }),
            let found = line.range(of: speaker),
            let replacement = names.replacement(
              for: .person,
              language: article.language,
              avoiding: [canonical],
              random: &random
            )
          else { continue }
          candidates.append(
            Change(
              sentence: claim.sentence,
              line: line.replacingCharacters(in: found, with: replacement)
            )
          )
          break
        }
      }
    }
    guard !candidates.isEmpty else { return nil }
    return candidates[Int(random.next() % UInt64(candidates.count))]
  }

  /// The line with the bytes of `range` (article offsets, the line starting at `base`)
  /// replaced by `replacement`.
  static func replace(
    in line: String,
    range: Range<Int>,
    base: Int,
    with replacement: String
  ) -> String? {
    let bytes = Array(line.utf8)
    let lower = range.lowerBound - base
    let upper = range.upperBound - base
    guard lower >= 0, upper <= bytes.count, lower < upper else { return nil }
    let head = String(decoding: bytes[..<lower], as: UTF8.self)
    let tail = String(decoding: bytes[upper...], as: UTF8.self)
    return head + replacement + tail
  }

  /// The line with one run of digits inside `range` changed: a year moves back one, a day or
  /// month forward one, any other number by about a quarter.
  static func replaceDigits(in line: String, range: Range<Int>, base: Int, date: Bool) -> String? {
    let bytes = Array(line.utf8)
    let lower = range.lowerBound - base
    let upper = range.upperBound - base
    guard lower >= 0, upper <= bytes.count, lower < upper else { return nil }
    let span = String(decoding: bytes[lower..<upper], as: UTF8.self)
    var runs = [(range: Range<String.Index>, value: Int)]()
    var index = span.startIndex
    while index < span.endIndex {
      guard let digit = span[index].wholeNumberValue,
        span[index].isASCII
          || span[index].unicodeScalars.first.map({ (0xFF10...0xFF19).contains($0.value) }) == true
      else {
        index = span.index(after: index)
        continue
      }
      var value = digit
      var end = span.index(after: index)
      while end < span.endIndex, let next = span[end].wholeNumberValue,
        span[end].isASCII
          || span[end].unicodeScalars.first.map({ (0xFF10...0xFF19).contains($0.value) }) == true
      {
        value = value * 10 + next
        end = span.index(after: end)
      }
      runs.append((index..<end, value))
      index = end
    }
    guard !runs.isEmpty else { return nil }
    let chosen: (range: Range<String.Index>, value: Int)
    if date {
      guard let run = runs.first(where: { $0.value >= 1000 }) ?? runs.last else { return nil }
      chosen = run
    } else {
      guard let run = runs.last else { return nil }
      chosen = run
    }
    let newValue: Int
    if date {
      newValue =
        chosen.value >= 1000
        ? chosen.value - 1 : chosen.value <= 27 ? chosen.value + 1 : chosen.value - 1
    } else {
      newValue = chosen.value < 10 ? chosen.value + 3 : chosen.value + chosen.value / 4 + 1
    }
    let changed = span.replacingCharacters(in: chosen.range, with: String(newValue))
    let head = String(decoding: bytes[..<lower], as: UTF8.self)
    let tail = String(decoding: bytes[upper...], as: UTF8.self)
    return head + changed + tail
  }
}

/// Names of the curated gazetteer by kind and language, to swap one entity for another.
struct Gazetteer {
  var names: [String: [(canonical: String, name: String)]] = [:]

  /// Reads `dictionaries/names/gazetteer-curated.tsv` from the working directory.
  static func load() throws -> Gazetteer {
    let path = "dictionaries/names/gazetteer-curated.tsv"
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      throw EvaluationError("\(path): not found (run from the repository root)")
    }
    var gazetteer = Gazetteer()
    for row in text.split(separator: "\n") where !row.hasPrefix("#") {
      let fields = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count >= 5, fields[4] == "name" else { continue }
      gazetteer.names["\(fields[1])|\(fields[2])", default: []].append((fields[0], fields[3]))
    }
    return gazetteer
  }

  /// Another name of the same kind in `language` whose entity is not in `avoiding`.
  func replacement(
    for kind: EntityMention.Kind,
    language: Language,
    avoiding: Set<String>,
    random: inout SeededGenerator
  ) -> String? {
    let pool = (names["\(kind.rawValue)|\(language.rawValue)"] ?? []).filter {
      !avoiding.contains($0.canonical)
    }
    guard !pool.isEmpty else { return nil }
    return pool[Int(random.next() % UInt64(pool.count))].name
  }
}

/// The same-story examples: Wikinews sets and the seed against the official readouts.
enum Stories {
  static func run(extractor: ClaimExtractor, comparer: StoryComparer) throws {
    let stories: [(folder: String, published: String?)] = [
      ("examples/2007-09-12-abe-resigns", nil),
      ("examples/2011-03-11-tohoku-earthquake", nil),
      ("examples/2024-05-02-france-japan-raa", "2024-05-02"),
    ]
    for story in stories {
      var options = ArticleReader.Options()
      options.published = story.published.flatMap(PublicationDate.init(iso:))
      let reader = try ArticleReader(options: options)
      let files = ((try? FileManager.default.contentsOfDirectory(atPath: story.folder)) ?? [])
        .filter { $0.hasSuffix(".txt") }.sorted()
      var articles = [ArticleClaims]()
      for file in files {
        guard let data = FileManager.default.contents(atPath: "\(story.folder)/\(file)") else {
          continue
        }
        for article in try reader.read(data: Array(data), name: file) {
          articles.append(
            ArticleClaims(article: article, claims: try extractor.claims(in: article))
          )
        }
      }
      guard articles.count >= 2 else { continue }
      let report = try comparer.compare(articles)
      print("")
      print(
        "story \(story.folder): \(report.summary.articleCount) articles, "
          + "\(report.summary.sentenceCount) sentences: \(report.summary.factCount) facts, "
          + "\(report.summary.divergenceCount) divergences, \(report.summary.unmatchedCount) unmatched"
      )
      var texts = [String: [Int: String]]()
      for article in report.articles {
        texts[article.id] = Dictionary(
          article.sentences.map { ($0.index, $0.text) },
          uniquingKeysWith: { a, _ in a }
        )
      }
      func excerpt(_ article: String, _ sentences: [Int]) -> String {
        let text = sentences.compactMap { texts[article]?[$0] }.joined(separator: " ")
        return "\(article)\(sentences): \(String(text.prefix(90)))"
      }
      for fact in report.facts {
        print("  \(fact.id) score \(fact.evidence.similarityScore)")
        for claim in fact.claims { print("    \(excerpt(claim.article, claim.sentences))") }
      }
      for divergence in report.divergences {
        print(
          "  \(divergence.id) \(divergence.kind.rawValue) \(divergence.fact ?? "-"): "
            + divergence.readings.map { "\($0.article)\($0.sentences) \($0.normalized)" }.joined(
              separator: " | "
            )
        )
      }
      for (article, count) in report.summary.unmatchedByArticle.sorted(by: { $0.key < $1.key }) {
        print("  unmatched \(article): \(count)")
      }
    }
  }
}

/// Diagnostics printed with `--debug`: what the engine saw where it missed or erred.
enum Diagnostics {
  /// One claim's anchors in one line.
  static func describe(_ claim: Claim?) -> String {
    guard let claim else { return "(no claim)" }
    let entities = claim.entities.map { "\($0.text)=\($0.canonical)/\($0.kind.rawValue)" }
    let quantities = claim.quantities.map {
      "\($0.text)=\($0.value)\($0.unit.map { " " + $0 } ?? "")"
    }
    let dates = claim.dates.map { "\($0.text)=\($0.value)" }
    return "ent[\(entities.joined(separator: "; "))] qty[\(quantities.joined(separator: "; "))] "
      + "date[\(dates.joined(separator: "; "))] quotes[\(claim.quotes.map { $0.speakerCanonical ?? $0.speaker ?? "?" }.joined(separator: "; "))] "
      + "concepts \(claim.concepts.joined(separator: ","))"
  }

  /// The partners of sentence `index` of `article` in the report's facts.
  static func partners(_ report: ComparisonReport, article: String, index: Int) -> [String] {
    report.facts.filter { fact in
      fact.claims.contains { $0.article == article && $0.sentences.contains(index) }
    }.map { fact in
      fact.id + " " + fact.claims.map { "\($0.article)\($0.sentences)" }.joined(separator: " ")
        + " score \(fact.evidence.similarityScore)"
    }
  }

  static func injection(
    _ report: ComparisonReport,
    _ one: ArticleClaims,
    _ two: ArticleClaims,
    sentence: Int,
    expected: ComparisonReport.DivergenceKind,
    found: Bool,
    label: String
  ) {
    let wrong = report.divergences.filter { divergence in
      divergence.kind == expected
        && !divergence.readings.contains {
          $0.article == two.id && $0.sentences.contains(sentence)
        }
    }
    guard !found || !wrong.isEmpty else { return }
    print("debug \(found ? "WRONG" : "MISS") \(label) sentence \(sentence)")
    let left = one.claims.first { $0.sentence == sentence }
    let right = two.claims.first { $0.sentence == sentence }
    print("  L: \(left?.text ?? "")")
    print("     \(describe(left))")
    print("  R: \(right?.text ?? "")")
    print("     \(describe(right))")
    print("  aligned: \(partners(report, article: two.id, index: sentence))")
    for divergence in report.divergences {
      print(
        "  div \(divergence.kind.rawValue) \(divergence.fact ?? "-") \(divergence.slot): "
          + divergence.readings.map { "\($0.article)\($0.sentences) \($0.text)=\($0.normalized)" }
          .joined(separator: " | ")
      )
    }
  }

  /// Every predicted pair of a two-article report with what supports it: whether it is right,
  /// its raw score, how many neighbour pairs are aligned next to it (`adj`: previous with
  /// previous, next with next) and near it (one claim further on one side or both), and whether
  /// its second sentence was inserted or its first sentence's counterpart deleted (`orphan`).
  static func predictedPairs(
    _ report: ComparisonReport,
    _ one: ArticleClaims,
    _ edited: (article: ArticleClaims, gold: [Int?]),
    comparer: StoryComparer,
    label: String
  ) throws {
    var aligned = Set<[Int]>()
    for fact in report.facts {
      guard let left = fact.claims.first(where: { $0.article == one.id }),
        let right = fact.claims.first(where: { $0.article == edited.article.id })
      else { continue }
      for l in left.sentences {
        for r in right.sentences { aligned.insert([l, r]) }
      }
    }
    var raw = [[Int]: Double]()
    for candidate in try comparer.candidatePairs([one, edited.article]) {
      raw[[candidate.firstSentence, candidate.secondSentence]] = candidate.score
    }
    let gold = edited.gold
    for pair in aligned.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
      let (l, r) = (pair[0], pair[1])
      func count(_ steps: [(Int, Int)]) -> Int {
        steps.filter { aligned.contains([l + $0.0, r + $0.1]) }.count
      }
      let adjacent = count([(-1, -1), (1, 1)])
      let near = count([(-2, -1), (-1, -2), (2, 1), (1, 2), (-2, -2), (2, 2)])
      let isRight = r < gold.count && gold[r] == l
      let isInserted = r < gold.count && gold[r] == nil
      print(
        "debug PAIR \(label) \(l)-\(r) ok \(isRight) raw \(AlignmentEvaluation.format(raw[pair] ?? 0)) adj \(adjacent) "
          + "near \(near) ins \(isInserted) orphan \(!gold.contains(l))"
      )
    }
  }

  static func wrongPairs(
    _ report: ComparisonReport,
    _ one: ArticleClaims,
    _ two: ArticleClaims,
    gold: [Int?],
    label: String
  ) {
    for fact in report.facts {
      guard let left = fact.claims.first(where: { $0.article == one.id }),
        let right = fact.claims.first(where: { $0.article == two.id })
      else { continue }
      for l in left.sentences {
        for r in right.sentences where !(r < gold.count && gold[r] == l) {
          let origin = r < gold.count ? gold[r].map { "was \($0)" } ?? "inserted" : "?"
          print(
            "debug WRONGPAIR \(label) \(l)-\(r) (\(origin)) fact \(left.sentences)-\(right.sentences) "
              + "score \(fact.evidence.similarityScore) lefthasgold \(gold.contains(l))"
          )
          print(
            "  A: \(fact.evidence.anchors.map { "\($0.kind.rawValue):\($0.value)" }.joined(separator: ", "))"
          )
          print("  L: \(one.sentences.first { $0.index == l }?.text.prefix(120) ?? "")")
          print("  R: \(two.sentences.first { $0.index == r }?.text.prefix(120) ?? "")")
        }
      }
    }
  }

  static func falseDivergences(_ report: ComparisonReport, corpus: String, document: String) {
    guard report.articles.count == 2 else { return }
    for divergence in report.divergences {
      print(
        "debug FALSE \(corpus)/\(document) \(report.articles[0].language)-"
          + "\(report.articles[1].language) \(divergence.kind.rawValue) \(divergence.slot): "
          + divergence.readings.map { "\($0.article)\($0.sentences) \($0.text)=\($0.normalized)" }
          .joined(separator: " | ")
      )
    }
  }

  static func missedPairs(
    _ report: ComparisonReport,
    _ one: ArticleClaims,
    _ two: ArticleClaims,
    comparer: StoryComparer,
    corpus: String,
    document: String
  ) throws {
    var aligned = [Int: Set<Int>]()
    for fact in report.facts {
      guard let left = fact.claims.first(where: { $0.article == one.id }),
        let right = fact.claims.first(where: { $0.article == two.id })
      else { continue }
      for index in left.sentences { aligned[index, default: []].formUnion(right.sentences) }
    }
    let scores = try comparer.candidatePairs([one, two])
    for sentence in one.sentences
    where !(aligned[sentence.index]?.contains(sentence.index) ?? false) {
      let index = sentence.index
      let own = scores.first { $0.firstSentence == index && $0.secondSentence == index }?.score ?? 0
      let rivals = scores.filter {
        ($0.firstSentence == index) != ($0.secondSentence == index)
          && ($0.firstSentence == index || $0.secondSentence == index)
      }.sorted { $0.score > $1.score }.prefix(2).map {
        "\($0.firstSentence)-\($0.secondSentence):\(AlignmentEvaluation.format($0.score))"
      }
      print(
        "debug MISSED \(corpus)/\(document) \(one.language.rawValue)-\(two.language.rawValue) "
          + "\(index) own \(AlignmentEvaluation.format(own)) rivals \(rivals) "
          + "got \((aligned[index] ?? []).sorted())"
      )
      print("  L: \(sentence.text)")
      print("     \(describe(one.claims.first { $0.sentence == index }))")
      print("  R: \(two.sentences.first { $0.index == index }?.text ?? "")")
      print("     \(describe(two.claims.first { $0.sentence == index }))")
    }
  }
}
