import TextCore

/// One tab-separated dictionary file, read through a `DictionarySource`.
///
/// Lines starting with `#` and blank lines are skipped; every other line is a record whose
/// fields must be present and non-empty.
struct TableFile {
  /// The file's path below the dictionaries folder (`names/gazetteer-cldr.tsv`).
  let path: String
  /// The file's name for messages, as the source spells it.
  let displayName: String
  /// The file's text as UTF-8 bytes.
  let bytes: [UInt8]

  /// Reads `path` from `source`; a missing file that is not `required` reads as empty.
  ///
  /// - Throws: `LexiconError` when the file cannot be read, or is missing and `required`.
  static func load(
    _ path: String,
    from source: any DictionarySource,
    required: Bool = true
  ) throws(LexiconError)
    -> TableFile
  {
    let displayName = source.displayName(ofFile: path)
    let contents: String?
    do {
      contents = try source.contents(ofFile: path)
    } catch {
      throw .unreadable(error)
    }
    guard let contents else {
      if required { throw .missingFile(displayName) }
      return TableFile(path: path, displayName: displayName, bytes: [])
    }
    return TableFile(path: path, displayName: displayName, bytes: Array(contents.utf8))
  }

  /// An error naming this file and `line`.
  func error(line: Int, _ reason: String) -> LexiconError {
    .malformedLine(file: displayName, line: line, reason: reason)
  }

  /// Calls `body` with the fields and 1-based line number of every record.
  ///
  /// - Throws: `LexiconError` naming the line when a record has a field count outside
  ///   `fieldCount` or an empty field, or whatever `body` throws.
  func forEachRecord(
    fieldCount: ClosedRange<Int>,
    _ body: ([String], Int) throws(LexiconError) -> Void
  ) throws(LexiconError) {
    var strings = [String]()
    try forEachRawRecord(fieldCount: fieldCount) { fields, line throws(LexiconError) in
      strings.removeAll(keepingCapacity: true)
      for field in fields { strings.append(String(decoding: bytes[field], as: UTF8.self)) }
      try body(strings, line)
    }
  }

  /// Calls `body` with the byte ranges of the fields (in `bytes`) and the 1-based line number
  /// of every record, without making strings.
  ///
  /// - Throws: `LexiconError` naming the line when a record has a field count outside
  ///   `fieldCount` or an empty field, or whatever `body` throws.
  func forEachRawRecord(
    fieldCount: ClosedRange<Int>,
    _ body: ([Range<Int>], Int) throws(LexiconError) -> Void
  ) throws(LexiconError) {
    let newline = UInt8(ascii: "\n")
    let tab = UInt8(ascii: "\t")
    let space = UInt8(ascii: " ")
    var lineStart = 0
    var lineNumber = 0
    var fields = [Range<Int>]()
    fields.reserveCapacity(fieldCount.upperBound + 1)
    while lineStart < bytes.count {
      lineNumber += 1
      var lineEnd = lineStart
      while lineEnd < bytes.count && bytes[lineEnd] != newline { lineEnd += 1 }
      var end = lineEnd
      if end > lineStart && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
      let start = lineStart
      lineStart = lineEnd + 1
      var first = start
      while first < end && bytes[first] == space { first += 1 }
      if first == end || bytes[first] == UInt8(ascii: "#") { continue }

      fields.removeAll(keepingCapacity: true)
      var fieldStart = start
      var index = start
      while index <= end {
        if index == end || bytes[index] == tab {
          var lower = fieldStart
          var upper = index
          while lower < upper && bytes[lower] == space { lower += 1 }
          while upper > lower && bytes[upper - 1] == space { upper -= 1 }
          fields.append(lower..<upper)
          fieldStart = index + 1
        }
        index += 1
      }
      guard fieldCount.contains(fields.count) else {
        let expected =
          fieldCount.lowerBound == fieldCount.upperBound
          ? "\(fieldCount.lowerBound)" : "\(fieldCount.lowerBound) to \(fieldCount.upperBound)"
        throw error(
          line: lineNumber,
          "expected \(expected) tab-separated fields, found \(fields.count)"
        )
      }
      if let empty = fields.firstIndex(where: { $0.isEmpty }) {
        throw error(line: lineNumber, "field \(empty + 1) is empty")
      }
      try body(fields, lineNumber)
    }
  }

  /// The comparison key of a field as bytes: the field itself when it is already a key (the
  /// common case), else its key computed by `LookupKey`.
  func keyBytes(_ field: Range<Int>, line: Int) throws(LexiconError) -> ArraySlice<UInt8> {
    let slice = bytes[field]
    if LookupKey.isKey(slice) { return slice }
    return ArraySlice(try key(String(decoding: slice, as: UTF8.self), line: line).utf8)
  }

  /// The comparison key of a field, with ICU failures reported against this file and line.
  func key(_ field: String, line: Int) throws(LexiconError) -> String {
    do {
      return try LookupKey.make(field)
    } catch {
      throw self.error(line: line, "cannot normalize '\(field)': \(error.description)")
    }
  }
}
