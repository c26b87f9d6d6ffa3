import ArgumentParser
import TextCore

/// `storydiff segment`: sentences, words and numbers of a text, with their UTF-8 ranges.
struct SegmentCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "segment",
    abstract: "Split a text into sentences and words and read its numbers.",
    discussion: """
      Every sentence, word and number carries its UTF-8 byte range in the input \
      ("utf8Range": [start, end]). A sentence's range runs to the start of the next one, so it \
      includes the white space after it; its "text" does not.

      Examples:
        storydiff segment article.txt
        storydiff segment --lang ja --format json examples/2024-05-02-france-japan-raa/ja-mofa.txt
        printf 'Il a payé 1 234,5 euros.' | storydiff segment --lang fr --format jsonl -
      """
  )

  @OptionGroup var input: InputOptions

  @Option(help: "Output format: text, json (one document) or jsonl (one sentence per line).")
  var format: OutputFormat = .text

  /// The JSON document `segment --format json` prints.
  struct Output: Encodable {
    var language: String
    var sentences: [AnalyzedSentence]
  }

  func run() throws {
    let text = try input.readText()
    let profile = try input.profile(for: text)
    let sentences: [AnalyzedSentence]
    do {
      sentences = try TextAnalyzer(profile: profile).analyze(text)
    } catch {
      throw InputError(input.inputName, error.description)
    }
    switch format {
    case .json:
      print(
        try JSONOutput.string(
          Output(language: profile.language.rawValue, sentences: sentences),
          pretty: true
        )
      )
    case .jsonl:
      for sentence in sentences { print(try JSONOutput.string(sentence, pretty: false)) }
    case .text:
      print(
        "language: \(profile.language.rawValue) (\(profile.language.englishName)), \(sentences.count) sentence\(sentences.count == 1 ? "" : "s")"
      )
      for (index, sentence) in sentences.enumerated() {
        print("")
        print(
          "[\(index + 1)] \(sentence.utf8Range.lowerBound)..<\(sentence.utf8Range.upperBound)  \(sentence.text)"
        )
        print("    words: \(sentence.words.map(\.text).joined(separator: " | "))")
        if !sentence.numbers.isEmpty {
          print(
            "    numbers: \(sentence.numbers.map { "\($0.text) = \($0.value)" }.joined(separator: "; "))"
          )
        }
      }
    }
  }
}
