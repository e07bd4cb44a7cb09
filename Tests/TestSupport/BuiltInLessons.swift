import Foundation

/// The lessons the package ships, counted from its `Lessons` folder (`NN-name.md`), so that a test of
/// what is built in follows the folder rather than a number written down when it was smaller.
public enum BuiltInLessons {
    public static func count(filePath: String = #filePath) throws -> Int {
        let root = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Lessons").path)
        return names.filter { $0.hasSuffix(".md") && $0.first?.isNumber == true }.count
    }
}
