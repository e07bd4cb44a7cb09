import Foundation
import Progress
import Testing

/// Each odd place is named for what it is, against the path that is wrong.
@Suite("progress store: messages that name the right thing")
struct MisnamedPlaceTests {
    @Test("a dangling symbolic link and a loop as the data folder are called links, not files")
    func links() throws {
        let folder = try TemporaryFolder()
        let dangling = folder.path + "/dangling"
        let loop = folder.path + "/loop"
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: folder.path + "/nowhere/at/all")
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: loop)
        let (_, danglingWarning) = ProgressOpening.open(directory: dangling)
        #expect(danglingWarning?.contains("is a symbolic link to something that does not exist") == true, "\(danglingWarning ?? "")")
        let (_, loopWarning) = ProgressOpening.open(directory: loop)
        #expect(loopWarning?.contains("is a symbolic link that loops back on itself") == true, "\(loopWarning ?? "")")
        #expect(loopWarning?.contains("a file, not a folder") == false)
    }

    @Test("a folder named progress.sqlite-wal is reported against that name")
    func walFolder() throws {
        let folder = try TemporaryFolder()
        let path = ProgressLocation.path(directory: folder.path)
        try FileManager.default.createDirectory(atPath: path + "-wal", withIntermediateDirectories: false)
        let (_, warning) = ProgressOpening.open(directory: folder.path)
        #expect(warning?.contains("\(path)-wal could not be created or opened: a folder of that name") == true, "\(warning ?? "")")
    }
}
