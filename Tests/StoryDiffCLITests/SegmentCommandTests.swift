import Foundation
import TestSupport
import Testing

@testable import storydiff

@Suite("storydiff segment and normalize")
struct SegmentCommandTests {
  @Test("segment --format json prints the contract fields with ranges into the input")
  func segmentJSON() throws {
    let input = "約１億２千万人が「合意した。」と語った。"
    let result = try CommandRunner.run(
      ["segment", "--lang", "ja", "--format", "json", "-"],
      input: Data(input.utf8)
    )
    #expect(result.status == 0, "\(result.standardError)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
    )
    #expect(json["language"] as? String == "ja")
    let sentences = try #require(json["sentences"] as? [[String: Any]])
    #expect(sentences.count == 1)
    let number = try #require((sentences[0]["numbers"] as? [[String: Any]])?.first)
    #expect(number["text"] as? String == "１億２千万")
    #expect(number["value"] as? String == "120000000")
    let range = try #require(number["utf8Range"] as? [Int])
    #expect(String(decoding: Array(input.utf8)[range[0]..<range[1]], as: UTF8.self) == "１億２千万")
    let words = try #require(sentences[0]["words"] as? [[String: Any]])
    #expect(words.contains { $0["text"] as? String == "合意" })
  }

  @Test("segment detects the language when --lang is absent")
  func detectsLanguage() throws {
    let result = try CommandRunner.run(
      ["segment", "--format", "json", "examples/2011-03-11-tohoku-earthquake/fr-wikinews.txt"])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("\"language\" : \"fr\""))
  }

  @Test("segment --format jsonl prints one sentence per line")
  func jsonLines() throws {
    let result = try CommandRunner.run(
      ["segment", "--lang", "en", "--format", "jsonl", "-"],
      input: Data("Mr. Smith met Dr. Jones. They spoke.".utf8)
    )
    let lines = result.standardOutput.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines[0].contains("\"text\":\"Mr. Smith met Dr. Jones.\""))
  }

  @Test("normalize --form key --format json prints the key")
  func normalizeKey() throws {
    let result = try CommandRunner.run(
      ["normalize", "--form", "key", "--format", "json", "-"],
      input: Data("L’Élysée ガ".utf8)
    )
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("\"text\" : \"l'elysee ガ\""))
  }

  /// A bad input and the exit status and message it must give.
  struct BadInput: Sendable, CustomTestStringConvertible {
    let name: String
    let arguments: [String]
    let input: [UInt8]
    let status: Int32
    let message: String
    var testDescription: String { name }
  }

  static let badInputs: [BadInput] = [
    BadInput(
      name: "missing file",
      arguments: ["segment", "no-such-file.txt"],
      input: [],
      status: 1,
      message: "error: no-such-file.txt: no such file"
    ),
    BadInput(
      name: "empty input",
      arguments: ["segment", "-"],
      input: [],
      status: 1,
      message: "error: <stdin>: input is empty"
    ),
    BadInput(
      name: "white space only",
      arguments: ["segment", "-"],
      input: Array(" \n\u{3000}\n".utf8),
      status: 1,
      message: "error: <stdin>: input is empty"
    ),
    BadInput(
      name: "invalid UTF-8",
      arguments: ["segment", "-"],
      input: Array("Paris ".utf8) + [0xFF, 0x41],
      status: 1,
      message: "error: <stdin>: input is not valid UTF-8 (bad byte at offset 6)"
    ),
    BadInput(
      name: "binary data",
      arguments: ["segment", "-"],
      input: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00],
      status: 1,
      message: "error: <stdin>: input looks like binary data, not text"
    ),
    BadInput(
      name: "unknown language",
      arguments: ["segment", "--lang", "de", "-"],
      input: Array("Hallo".utf8),
      status: 2,
      message: "unsupported language 'de' (supported: en, fr, ja)"
    ),
    BadInput(
      name: "undetectable language",
      arguments: ["segment", "-"],
      input: Array(
        "Die Bundesregierung hat am Donnerstag beschlossen, dass die Verhandlungen über das Abkommen mit Japan bald beginnen."
          .utf8
      ),
      status: 1,
      message: "cannot tell the language of the text"
    ),
    BadInput(
      name: "a directory",
      arguments: ["segment", "examples"],
      input: [],
      status: 1,
      message: "error: examples: is a directory, not a text file"
    ),
    BadInput(
      name: "unknown form",
      arguments: ["normalize", "--form", "nfx", "-"],
      input: Array("a".utf8),
      status: 2,
      message: "nfx"
    ),
  ]

  @Test("Bad input gives one line on stderr and the documented exit status", arguments: badInputs)
  func badInput(_ bad: BadInput) throws {
    let result = try CommandRunner.run(bad.arguments, input: Data(bad.input))
    #expect(result.status == bad.status)
    #expect(result.standardOutput.isEmpty)
    #expect(result.standardError.contains(bad.message), "\(result.standardError)")
    #expect(result.standardError.split(separator: "\n").count == 1)
  }

  @Test("--version names the ICU version")
  func version() throws {
    let result = try CommandRunner.run(["--version"])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("ICU "))
  }

  @Test("Arguments parse into the command type")
  func parsing() throws {
    let command = try SegmentCommand.parse(["--lang", "fr", "--format", "jsonl", "article.txt"])
    #expect(command.input.lang == "fr")
    #expect(command.input.file == "article.txt")
    #expect(command.format == .jsonl)
    #expect(throws: (any Error).self) { try SegmentCommand.parse(["--lang", "xx", "article.txt"]) }
  }
}
