import Foundation
import Testing

/// Tutor describes diagrams and text; drawing them is the UI side's job.
@Suite("module boundaries")
struct ModuleBoundaryTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("no file of the Tutor module imports Diagrams or a UI module")
    func tutorImports() throws {
        let folder = Self.root.appendingPathComponent("Sources/Tutor")
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        var checked = 0
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "swift" else { continue }
            checked += 1
            let imports = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { $0.hasPrefix("import ") || $0.hasPrefix("@testable import ") || $0.hasPrefix("@_exported import ") }
            for line in imports {
                let module = line.split(separator: " ").last.map(String.init) ?? ""
                #expect(!["Diagrams", "TutorUI", "TerminalBackend"].contains(module), "\(file.lastPathComponent): \(line)")
            }
        }
        #expect(checked > 30, "the Tutor sources were found")
    }

    @Test("Package.swift gives Tutor no Diagrams dependency")
    func tutorDependencies() throws {
        let manifest = try String(contentsOf: Self.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let target = try #require(manifest.split(separator: "\n").first { $0.contains(#".target(name: "Tutor""#) })
        #expect(target.contains("ConvMath"))
        #expect(!target.contains("Diagrams") && !target.contains("TutorUI"))
    }
}
