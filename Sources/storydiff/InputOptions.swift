import ArgumentParser
import Foundation
import TextCore

/// The options every text command shares: the input, its language and the dictionaries.
struct InputOptions: ParsableArguments {
  @Argument(help: "The text file to read, or - for standard input.")
  var file: String

  @Option(name: .long, help: "The language of the text: en, fr or ja (default: detected).")
  var lang: String?

  @Option(
    name: .long,
    help: ArgumentHelp("A dictionaries folder to use instead of the bundled one.", valueName: "dir")
  )
  var dictionaries: String?

  /// The largest input read, so a mistaken argument cannot exhaust memory.
  static let maximumInputBytes = 256 << 20

  func validate() throws {
    if let lang, Language(tag: lang) == nil {
      throw ValidationError("unsupported language '\(lang)' (supported: en, fr, ja)")
    }
  }

  /// The name of the input for messages.
  var inputName: String { file == "-" ? "<stdin>" : file }

  /// Reads the input as UTF-8 text, refusing missing, empty, binary and invalid input.
  func readText() throws -> String {
    let data: Data
    if file == "-" {
      data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
        throw InputError(file, "no such file")
      }
      if isDirectory.boolValue { throw InputError(file, "is a directory, not a text file") }
      guard let handle = FileHandle(forReadingAtPath: file) else {
        throw InputError(file, "cannot be read (permission denied?)")
      }
      defer { try? handle.close() }
      data = (try? handle.read(upToCount: Self.maximumInputBytes + 1)) ?? Data()
    }
    if data.count > Self.maximumInputBytes {
      throw InputError(inputName, "input is larger than \(Self.maximumInputBytes >> 20) MiB")
    }
    let text: String
    do {
      text = try TextDecoder.utf8(Array(data))
    } catch {
      throw InputError(inputName, error.description)
    }
    if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
      throw InputError(inputName, "input is empty")
    }
    return text
  }

  /// The dictionaries the command reads.
  func dictionarySource() throws -> any DictionarySource {
    guard let dictionaries else { return BundledDictionaries() }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: dictionaries, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { throw InputError(dictionaries, "no such dictionaries folder") }
    return DirectoryDictionaries(directory: URL(fileURLWithPath: dictionaries))
  }

  /// The profile of the input's language: the one asked for, or the detected one.
  func profile(for text: String) throws -> LanguageProfile {
    let source = try dictionarySource()
    do {
      if let lang, let language = Language(tag: lang) {
        return try LanguageProfile.load(language, from: source)
      }
      var profiles = [LanguageProfile]()
      for language in Language.allCases {
        profiles.append(try LanguageProfile.load(language, from: source))
      }
      let language = try LanguageDetector(profiles: profiles).language(of: text)
      guard let profile = profiles.first(where: { $0.language == language }) else {
        throw InputError(inputName, "no profile for \(language.rawValue)")
      }
      return profile
    } catch let error as TextProcessingError {
      throw InputError(inputName, error.description)
    }
  }
}

/// The output formats of the text commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case json
  case jsonl
}

/// Encodes values as the CLI's JSON: sorted keys, and pretty-printed unless for JSON Lines.
enum JSONOutput {
  static func string<Value: Encodable>(_ value: Value, pretty: Bool) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      pretty
      ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
      : [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }
}
