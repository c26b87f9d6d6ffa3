/// An input the command cannot use: the message names the file.
struct InputError: Error, CustomStringConvertible {
  /// The one-line message, `<file>: <problem>`.
  let description: String

  init(_ file: String, _ problem: String) { description = "\(file): \(problem)" }
}
