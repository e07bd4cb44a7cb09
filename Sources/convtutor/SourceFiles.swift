import ConvMath
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads model code from a file or standard input.
enum SourceFiles {
    struct ReadError: Error {
        var message: String
    }

    static func read(_ path: String) throws -> SourceText {
        if path == "-" {
            var text = ""
            while let line = readLine(strippingNewline: false) { text += line }
            return SourceText(name: "<stdin>", text: text)
        }
        guard let handle = fopen(path, "r") else {
            let reason = String(cString: strerror(errno))
            throw ReadError(message: "cannot read '\(path)': \(reason)")
        }
        defer { fclose(handle) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = fread(&buffer, 1, buffer.count, handle)
            if count <= 0 { break }
            bytes += buffer[0..<count]
            if bytes.count > 16_000_000 {
                throw ReadError(message: "'\(path)' is larger than 16 MB; is it really model code?")
            }
        }
        return SourceText(name: path, text: String(decoding: bytes, as: UTF8.self))
    }
}
