import Foundation

/// Runs the built `storydiff` executable, for end-to-end CLI tests.
public enum CommandRunner {
  /// The result of one run.
  public struct Result: Sendable {
    /// The exit status.
    public var status: Int32
    /// Everything written to standard output.
    public var standardOutput: String
    /// Everything written to standard error.
    public var standardError: String
  }

  /// The `storydiff` binary beside the test bundle in the build products folder.
  public static var executable: URL {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = directory.appendingPathComponent("storydiff")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      directory = directory.deletingLastPathComponent()
    }
    return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("storydiff")
  }

  /// Runs `storydiff` with `arguments`, feeding `input` on standard input.
  public static func run(_ arguments: [String], input: Data = Data()) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = RepositoryFiles.root
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    let writer = Thread {
      stdin.fileHandleForWriting.write(input)
      try? stdin.fileHandleForWriting.close()
    }
    writer.start()
    let errorData = ErrorCollector(handle: stderr.fileHandleForReading)
    errorData.start()
    let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus,
      standardOutput: String(decoding: outputData, as: UTF8.self),
      standardError: String(decoding: errorData.finish(), as: UTF8.self)
    )
  }

  /// Reads a pipe on its own thread so a full stderr pipe cannot block the child.
  private final class ErrorCollector: @unchecked Sendable {
    private let handle: FileHandle
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(handle: FileHandle) { self.handle = handle }

    func start() {
      Thread {
        self.data = self.handle.readDataToEndOfFile()
        self.done.signal()
      }.start()
    }

    func finish() -> Data {
      done.wait()
      return data
    }
  }
}
