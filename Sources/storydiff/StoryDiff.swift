import ArgumentParser
import Foundation
import TextCore

/// The `storydiff` command: compares how outlets tell the same news story.
@main
struct StoryDiff: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "storydiff",
    abstract: "Compare how outlets in English, French and Japanese tell the same news story.",
    discussion: """
      Exit codes: 0 success, 1 bad input (missing, empty, binary or undecodable file, \
      unsupported language), 2 usage error.

      Examples:
        storydiff compare --published 2024-05-02 examples/2024-05-02-france-japan-raa/*.txt
        storydiff compare --format html -o report.html examples/2011-03-11-tohoku-earthquake/*.txt
        storydiff batch examples/stories.jsonl -o reports.jsonl
        storydiff claims --published 2024-05-02 examples/2024-05-02-france-japan-raa/ja-mofa.txt
        storydiff extract --format md page.html
        storydiff segment examples/2024-05-02-france-japan-raa/ja-mofa.txt --format json
        echo 'M. Macron a reçu M. Kishida.' | storydiff segment --lang fr -
        storydiff normalize --form key article.txt

      Shell completions: storydiff --generate-completion-script bash|zsh|fish
      """,
    version: StoryDiffVersion.current,
    subcommands: [
      SegmentCommand.self, NormalizeCommand.self, ExtractCommand.self, ClaimsCommand.self,
      CompareCommand.self, BatchCommand.self,
    ]
  )

  /// Runs the command, turning every error into one line on stderr and the documented exit code.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let error as InputError {
      FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
      Foundation.exit(1)
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        print(fullMessage(for: error))
        Foundation.exit(0)
      }
      // Usage errors are one line too; `--help` shows the usage.
      let message = message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
      let bare = message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message
      FileHandle.standardError.write(Data("error: \(bare) (see 'storydiff --help')\n".utf8))
      Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
    }
  }
}

/// The version `storydiff --version` prints.
enum StoryDiffVersion {
  static var current: String { "0.1.0 (ICU \(TextCoreInfo.icuVersion))" }
}
