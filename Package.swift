// swift-tools-version:6.0
import PackageDescription
#if canImport(Glibc)
import Glibc
#endif

/// The release binary's link settings. Where the C library reads packed relative relocations (glibc
/// 2.36 and later), the binary is linked with them by lld: its 40,000 relocated pointers are then a
/// few kilobytes of bitmap rather than a megabyte of entries to read at every start. Elsewhere it is
/// linked as usual, so that it runs on the machine that built it.
let releaseLinking: [LinkerSetting] = {
    #if canImport(Glibc)
    var name = [CChar](repeating: 0, count: 64)
    guard confstr(Int32(_CS_GNU_LIBC_VERSION), &name, name.count) > 0 else { return [] }
    // "glibc 2.36"
    let text = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    let version = text.split(separator: " ").last?.split(separator: ".").compactMap { Int($0) } ?? []
    if version.count >= 2, (version[0], version[1]) >= (2, 36) {
        return [.unsafeFlags(["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"],
                             .when(platforms: [.linux], configuration: .release))]
    }
    #endif
    return []
}()

let package = Package(
    name: "convtutor",
    products: [
        .executable(name: "convtutor", targets: ["convtutor"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.6.0"),
    ],
    targets: [
        .target(name: "ConvMath"),
        .target(name: "StyledText"),
        .target(name: "Diagrams", dependencies: ["StyledText"]),
        .executableTarget(name: "LessonsEmbedderTool", path: "Plugins/LessonsEmbedderTool"),
        .plugin(name: "LessonsEmbedder", capability: .buildTool(), dependencies: ["LessonsEmbedderTool"]),
        .target(name: "LessonsBundle", path: "Lessons", exclude: ["README.md"], plugins: ["LessonsEmbedder"]),
        .target(name: "SetsBundle", path: "Sets", exclude: ["README.md"], plugins: ["LessonsEmbedder"]),
        .target(name: "NetworksBundle", path: "Networks", exclude: ["README.md"], plugins: ["LessonsEmbedder"]),
        .target(name: "Tutor", dependencies: ["ConvMath", "StyledText", "NetworksBundle"]),
        .target(name: "TutorUI", dependencies: ["Tutor", "ConvMath", "Diagrams", "StyledText"]),
        .systemLibrary(name: "CNcurses"),
        // ncursesw, tinfo and SQLite are linked from their static archives (in the same -dev packages as
        // the headers): loading them as shared libraries, each resolving every symbol as it loads, cost
        // every run of convtutor a sixth of a hello-world's whole start-up.
        .target(name: "TerminalBackend", dependencies: ["TutorUI", "StyledText", "CNcurses"],
                linkerSettings: [.linkedLibrary(":libncursesw.a"), .linkedLibrary(":libtinfo.a")]),
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        .target(name: "Progress", dependencies: ["Tutor", "CSQLite"], linkerSettings: [.linkedLibrary(":libsqlite3.a")]),
        .executableTarget(
            name: "convtutor",
            dependencies: [
                "ConvMath",
                "Tutor",
                "TutorUI",
                "StyledText",
                "TerminalBackend",
                "LessonsBundle",
                "SetsBundle",
                "Progress",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: releaseLinking
        ),
        .executableTarget(name: "KeystrokeBenchmark", dependencies: ["TutorUI", "Tutor"], path: "Benchmarks/KeystrokeBenchmark"),
        .target(name: "TestSupport", dependencies: ["Progress"], path: "Tests/TestSupport"),
        .executableTarget(name: "ProgressStressWriter", dependencies: ["Progress"], path: "Tests/ProgressStressWriter"),
        .testTarget(name: "StyledTextTests", dependencies: ["StyledText"]),
        .testTarget(name: "DiagramsTests", dependencies: ["Diagrams", "StyledText"]),
        .testTarget(name: "ConvMathTests", dependencies: ["ConvMath", "Tutor", "TestSupport"]),
        .testTarget(name: "TutorTests", dependencies: ["Tutor", "ConvMath", "TestSupport"], exclude: ["__Snapshots__"]),
        .testTarget(name: "TutorUITests", dependencies: ["TutorUI", "Tutor", "ConvMath", "StyledText", "TestSupport"], exclude: ["__Snapshots__"]),
        .testTarget(name: "TerminalBackendTests", dependencies: ["TerminalBackend", "TutorUI", "CNcurses"]),
        .testTarget(name: "CLITests", dependencies: ["convtutor", "ConvMath", "Progress", "Tutor", "TutorUI", "TestSupport"],
                    exclude: ["__Snapshots__"]),
        .testTarget(name: "EndToEndTests", dependencies: ["convtutor", "TestSupport"]),
        .testTarget(name: "ProgressTests", dependencies: ["Progress", "CSQLite", "Tutor", "ProgressStressWriter", "TestSupport"]),
    ]
)
