/// What went wrong with the progress file, said so that the user knows what to do.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file is not a readable SQLite database: damaged, truncated (even to nothing), or something
    /// else entirely.
    case corrupt(path: String)
    /// A healthy SQLite database, but one that some other program made.
    case unrecognized(path: String)
    /// Written by a newer convtutor, whose schema this one does not know.
    case newerVersion(path: String, found: Int, supported: Int)
    /// Another program kept the file locked for writing for longer than the store waits.
    case locked(path: String)
    /// The file or its folder cannot be written.
    case readOnly(path: String)
    /// The file or its folder could not be made or opened.
    case cannotCreate(path: String, reason: String)
    /// The disk (or the user's quota) is full.
    case diskFull(path: String)
    /// Anything else SQLite reported, with its (extended) result code.
    case sqlite(code: Int32, message: String)

    public var description: String {
        switch self {
        case .corrupt(let path):
            return "\(path) is damaged or is not a convtutor progress file. "
                + "It has been left as it is; move it away (or restore a backup) to start a new one."
        case .unrecognized(let path):
            return "\(path) is a database made by another program, not convtutor's progress. "
                + "It has been left as it is; move it away or choose another folder with --data-dir."
        case .newerVersion(let path, let found, let supported):
            return "\(path) was written by a newer convtutor (progress format \(found); this one reads up to "
                + "\(supported)). It has been left as it is; update convtutor to use it."
        case .locked(let path):
            return "\(path) is locked by another program that is writing to it. "
                + "Close other programs using it (another convtutor, an SQLite shell) and try again."
        case .readOnly(let path):
            return "\(path) cannot be written: the file or its folder is read-only. "
                + "Make it writable, or choose another folder with --data-dir or CONVTUTOR_DATA_DIR."
        case .cannotCreate(let path, let reason):
            return "\(path) could not be created or opened: \(reason). "
                + "Choose another folder with --data-dir or CONVTUTOR_DATA_DIR."
        case .diskFull(let path):
            return "\(path) cannot grow: the disk is full. Free some space and try again."
        case .sqlite(let code, let message):
            return "the progress database reported an error (SQLite \(code): \(message))."
        }
    }

    /// What went wrong in a few words, for a status line with no room for the path or the advice.
    public var summary: String {
        switch self {
        case .corrupt: return "the progress file is damaged"
        case .unrecognized: return "the progress file is another program's"
        case .newerVersion: return "the progress file is a newer convtutor's"
        case .locked: return "the progress file is locked"
        case .readOnly: return "the progress file is read-only"
        case .cannotCreate: return "the progress file cannot be opened"
        case .diskFull: return "the disk is full"
        case .sqlite(let code, _): return "SQLite error \(code)"
        }
    }
}
