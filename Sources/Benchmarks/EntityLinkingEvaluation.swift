import Foundation
import Lexicon
import TextCore

/// Measures entity linking on the held-out names of `scripts/data/entity-linking-heldout.tsv`.
///
/// Prints the share of names whose canonical name comes out right, by language, with and
/// without help from the bilingual lexicons (which hold some place names the name table lacks).
/// The bundled name tables carry the held-out names too (users should have them); they are
/// withheld here (`WithheldNames`), so the linker meets each as a name it does not know.
///
///   Benchmarks entity-linking [--heldout FILE] [--misses N]
enum EntityLinkingEvaluation {
  /// One held-out name and the canonical name it should link to.
  struct Case {
    let name: String
    let language: Language
    let expected: String
  }

  /// Runs the evaluation and prints one line per setting and language.
  ///
  /// - Throws: when the held-out file cannot be read or the dictionaries cannot be loaded.
  static func run(arguments: [String]) throws {
    var path: String?
    var shownMisses = 10
    var remaining = arguments[...]
    while let argument = remaining.popFirst() {
      switch argument {
      case "--heldout": path = remaining.popFirst()
      case "--misses": shownMisses = remaining.popFirst().flatMap(Int.init) ?? shownMisses
      default: throw EvaluationError("unknown argument '\(argument)'")
      }
    }
    let file = try path ?? findHeldOutFile()
    let cases = try readCases(file)

    let clock = ContinuousClock()
    let start = clock.now
    let lexicon = try Lexicon.load(from: WithheldNames(base: BundledDictionaries(), cases: cases))
    let loading = clock.now - start
    print("lexicon/load/all-tables \(format(loading))")

    for usesLexicon in [false, true] {
      var options = NameLinker.Options()
      options.usesLexicon = usesLexicon
      let linker = NameLinker(lexicon: lexicon, options: options)
      let setting = usesLexicon ? "table+lexicon" : "table"
      var correct = [Language: Int]()
      var total = [Language: Int]()
      var methods = [String: Int]()
      var misses = [String]()
      for item in cases {
        total[item.language, default: 0] += 1
        let link = linker.link(item.name, language: item.language)
        if link?.entity.canonical == item.expected {
          correct[item.language, default: 0] += 1
          methods[link?.method.rawValue ?? "none", default: 0] += 1
        } else if misses.count < shownMisses {
          misses.append(
            "  miss: \(item.name) (\(item.language.rawValue)) → \(link?.entity.canonical ?? "nothing"), expected \(item.expected)"
          )
        }
      }
      for language in Language.allCases {
        let right = correct[language] ?? 0
        let count = total[language] ?? 0
        print(
          "lexicon/link/\(setting)/\(language.rawValue) \(percent(right, count)) (\(right)/\(count))"
        )
      }
      let right = correct.values.reduce(0, +)
      print("lexicon/link/\(setting)/all \(percent(right, cases.count)) (\(right)/\(cases.count))")
      let byMethod = methods.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
      print("  correct by method: \(byMethod.joined(separator: ", "))")
      for miss in misses { print(miss) }
    }
  }

  /// Reads `name<TAB>language<TAB>expected` lines, skipping comments.
  static func readCases(_ path: String) throws -> [Case] {
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else { throw EvaluationError("cannot read '\(path)'") }
    var cases = [Case]()
    for (index, line) in text.split(separator: "\n").enumerated() where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == 3, let language = Language(rawValue: fields[1]) else {
        throw EvaluationError("\(path):\(index + 1): expected name, language and canonical")
      }
      cases.append(Case(name: fields[0], language: language, expected: fields[2]))
    }
    return cases
  }

  /// The held-out file below the working directory or one of its ancestors.
  static func findHeldOutFile() throws -> String {
    var folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    for _ in 0..<6 {
      let candidate = folder.appendingPathComponent("scripts/data/entity-linking-heldout.tsv")
      if FileManager.default.fileExists(atPath: candidate.path) { return candidate.path }
      folder.deleteLastPathComponent()
    }
    throw EvaluationError("cannot find scripts/data/entity-linking-heldout.tsv (use --heldout)")
  }

  static func percent(_ part: Int, _ whole: Int) -> String {
    whole == 0 ? "n/a" : String(format: "%.1f%%", 100 * Double(part) / Double(whole))
  }

  static func format(_ duration: Duration) -> String {
    let milliseconds =
      Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    return String(format: "%.1f ms", milliseconds)
  }

  /// A failure of the evaluation itself (arguments, input file).
  struct EvaluationError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
  }
}

/// The bundled dictionaries with the held-out names taken out of the name tables: every line of
/// `names/gazetteer-*.tsv` whose language and name (case-insensitively) are those of a case.
struct WithheldNames: DictionarySource {
  let base: any DictionarySource
  /// `language<TAB>name`, lower-cased, of every held-out name.
  let withheld: Set<String>

  init(base: any DictionarySource, cases: [EntityLinkingEvaluation.Case]) {
    self.base = base
    withheld = Set(cases.map { "\($0.language.rawValue)\t\($0.name.lowercased())" })
  }

  func contents(ofFile path: String) throws(TextProcessingError) -> String? {
    guard let text = try base.contents(ofFile: path) else { return nil }
    guard path.hasPrefix("names/gazetteer-") else { return text }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard !line.hasPrefix("#"), fields.count == 5 else { return true }
      return !withheld.contains("\(fields[2])\t\(fields[3].lowercased())")
    }
    return lines.joined(separator: "\n")
  }

  func displayName(ofFile path: String) -> String { base.displayName(ofFile: path) }
}
