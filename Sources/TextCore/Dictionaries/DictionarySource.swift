import Foundation

/// Where TextCore reads its dictionaries (`dictionaries/` in the repository) from.
///
/// Paths are relative to the dictionaries folder, such as `en/abbreviations.tsv`.
public protocol DictionarySource: Sendable {
  /// The contents of a dictionary file, or `nil` when the source has no such file.
  ///
  /// - Throws: `TextProcessingError` when the file exists but cannot be read as UTF-8.
  func contents(ofFile path: String) throws(TextProcessingError) -> String?

  /// How to name a file of this source in an error message.
  func displayName(ofFile path: String) -> String
}

/// The dictionaries bundled with TextCore as a resource (a copy of the top-level `dictionaries/`).
public struct BundledDictionaries: DictionarySource {
  /// Creates the bundled source.
  public init() {}

  /// The contents of a bundled dictionary file, or `nil` when there is none.
  public func contents(ofFile path: String) throws(TextProcessingError) -> String? {
    guard let base = Bundle.module.resourceURL?.appendingPathComponent("dictionaries") else {
      return nil
    }
    return try DirectoryDictionaries(directory: base).contents(ofFile: path)
  }

  /// The file's path as it is in the repository.
  public func displayName(ofFile path: String) -> String { "dictionaries/\(path)" }
}

/// Dictionaries read from a folder given by the user (`--dictionaries DIR`).
public struct DirectoryDictionaries: DictionarySource {
  /// The folder that holds `en/`, `fr/`, `ja/` and the cross-language tables.
  public let directory: URL

  /// Creates a source reading from `directory`.
  public init(directory: URL) { self.directory = directory }

  /// The contents of a file below the folder, or `nil` when there is none.
  public func contents(ofFile path: String) throws(TextProcessingError) -> String? {
    let url = directory.appendingPathComponent(path)
    guard FileManager.default.fileExists(atPath: url.path) else { return nil }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw .malformedDictionary(file: url.path, line: 0, reason: "cannot be read")
    }
    guard let text = String(validating: data, as: UTF8.self) else {
      throw .malformedDictionary(file: url.path, line: 0, reason: "not valid UTF-8")
    }
    return text
  }

  /// The file's full path.
  public func displayName(ofFile path: String) -> String {
    directory.appendingPathComponent(path).path
  }
}

/// Dictionaries held in memory, for tests and for callers that build their own.
public struct InMemoryDictionaries: DictionarySource {
  /// File contents by path relative to the dictionaries folder.
  public var files: [String: String]

  /// Creates a source over `files`.
  public init(files: [String: String]) { self.files = files }

  /// The contents of a file, or `nil` when there is none.
  public func contents(ofFile path: String) -> String? { files[path] }

  /// The path with a marker that it lives in memory.
  public func displayName(ofFile path: String) -> String { "<memory>/\(path)" }
}

/// A dictionary file parsed into records: one per non-blank line that is not a `#` comment.
struct DictionaryFile {
  /// One line of a dictionary file, split on tabs.
  struct Record {
    /// The 1-based line number, for error messages.
    let line: Int
    /// The tab-separated fields, each trimmed of surrounding spaces.
    let fields: [String]
  }

  /// The file's name for messages.
  let displayName: String
  /// The records in file order.
  let records: [Record]

  /// Reads `path` from `source`.
  ///
  /// - Throws: `TextProcessingError.missingDictionary` when the file is absent and `required`.
  static func load(
    _ path: String,
    language: Language,
    from source: any DictionarySource,
    required: Bool = true
  ) throws(TextProcessingError) -> DictionaryFile {
    let displayName = source.displayName(ofFile: path)
    guard let text = try source.contents(ofFile: path) else {
      if required { throw .missingDictionary(language: language.rawValue, name: path) }
      return DictionaryFile(displayName: displayName, records: [])
    }
    var records = [Record]()
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
      let trimmed = line.drop { $0 == " " }
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
        String($0.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
      }
      records.append(Record(line: index + 1, fields: fields))
    }
    return DictionaryFile(displayName: displayName, records: records)
  }

  /// The first field of every record.
  var entries: [String] { records.compactMap { $0.fields.first } }

  /// Fails with the file and line when a record has a field count outside `range`.
  func requireFieldCount(_ range: ClosedRange<Int>) throws(TextProcessingError) {
    for record in records where !range.contains(record.fields.count) || record.fields.contains("") {
      let expected =
        range.lowerBound == range.upperBound
        ? "\(range.lowerBound)" : "\(range.lowerBound) to \(range.upperBound)"
      throw .malformedDictionary(
        file: displayName,
        line: record.line,
        reason: "expected \(expected) non-empty tab-separated fields, found \(record.fields.count)"
      )
    }
  }
}
