import Foundation

extension ComparisonReport {
  /// The report as JSON: sorted keys, pretty-printed, slashes unescaped.
  ///
  /// Equal reports give byte-identical data.
  ///
  /// - Throws: `EncodingError` when a value cannot be encoded (not expected for reports the
  ///   comparer builds).
  public func jsonData() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return try encoder.encode(self)
  }
}
