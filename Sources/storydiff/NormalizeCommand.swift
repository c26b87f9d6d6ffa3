import ArgumentParser
import TextCore

/// `storydiff normalize`: a text's display form, NFKC form or comparison key.
struct NormalizeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "normalize",
    abstract: "Print a text's display form (nfc), NFKC form or comparison key.",
    discussion: """
      nfc  NFC with white space (NBSP, narrow NBSP, ideographic space) and quote and dash \
      variants tidied: what reports show.
      nfkc Unicode NFKC: full-width Latin and digits become ASCII.
      key  the comparison key: NFKC, case and width folded, Latin diacritics removed \
      (Élysée = elysee) while Japanese voiced marks stay (ガ is never カ).

      Examples:
        storydiff normalize --form key article.txt
        echo 'L’Élysée' | storydiff normalize --form key --format json -
      """
  )

  @OptionGroup var input: InputOptions

  @Option(help: "The form: nfc, nfkc or key.")
  var form: TextNormalizer.Form = .nfc

  @Option(help: "Output format: text, json or jsonl.")
  var format: OutputFormat = .text

  /// The JSON document `normalize --format json` prints.
  struct Output: Encodable {
    var text: String
    var form: String
  }

  func run() throws {
    let text = try input.readText()
    if input.lang != nil { _ = try input.profile(for: text) }
    let normalized: String
    do {
      normalized = try TextNormalizer.normalize(text, form: form)
    } catch {
      throw InputError(input.inputName, error.description)
    }
    switch format {
    case .json:
      print(try JSONOutput.string(Output(text: normalized, form: form.rawValue), pretty: true))
    case .jsonl:
      print(try JSONOutput.string(Output(text: normalized, form: form.rawValue), pretty: false))
    case .text: print(normalized, terminator: normalized.hasSuffix("\n") ? "" : "\n")
    }
  }
}

extension TextNormalizer.Form: ExpressibleByArgument {}
