import Glibc

/// Where the progress file lives.
public enum ProgressLocation {
    /// The file's name inside the data folder.
    public static let fileName = "progress.sqlite"
    /// The file used instead when `fileName` is damaged or is another program's: the damaged file is
    /// never touched, and every later run finds this one again (so progress made meanwhile is kept).
    public static let replacementFileName = "progress-fresh.sqlite"

    /// The data folder: `option` (--data-dir) if given, else $CONVTUTOR_DATA_DIR, else
    /// $XDG_DATA_HOME/convtutor (an absolute $XDG_DATA_HOME only, as the XDG spec asks), else
    /// ~/.local/share/convtutor. A leading `~` is the home folder.
    public static func directory(option: String?, environment: [String: String]) -> String {
        if let option, !option.isEmpty { return expandingHome(option, environment: environment) }
        if let custom = environment["CONVTUTOR_DATA_DIR"], !custom.isEmpty {
            return expandingHome(custom, environment: environment)
        }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return join(data, "convtutor")
        }
        return join(home(environment), ".local/share/convtutor")
    }

    /// The progress file in a data folder.
    public static func path(directory: String) -> String {
        join(directory, fileName)
    }

    /// Makes `directory` and any missing parents (as `mkdir -p`), readable by the user alone.
    public static func createDirectory(_ directory: String) throws(StoreError) {
        guard !directory.isEmpty else { return }
        var prefix = directory.hasPrefix("/") ? "/" : ""
        for component in directory.split(separator: "/") {
            prefix += component
            if mkdir(prefix, 0o700) != 0 {
                let error = errno
                var info = stat()
                let exists = stat(prefix, &info) == 0
                if exists && (info.st_mode & S_IFMT) == S_IFDIR {
                    // Already there: fine.
                } else if let link = brokenLink(prefix) {
                    throw .cannotCreate(path: directory, reason: link)
                } else if exists || error == EEXIST || error == ENOTDIR {
                    throw .cannotCreate(path: directory, reason: "\(prefix) is a file, not a folder")
                } else if error == EACCES || error == EPERM || error == EROFS {
                    throw .readOnly(path: directory)
                } else if error == ENOSPC || error == EDQUOT {
                    throw .diskFull(path: directory)
                } else {
                    throw .cannotCreate(path: directory, reason: String(cString: strerror(error)))
                }
            }
            prefix += "/"
        }
    }

    /// What is wrong with `path` when it is a symbolic link that leads nowhere, or nil.
    static func brokenLink(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return nil }
        var target = stat()
        if stat(path, &target) == 0 { return nil }
        return errno == ELOOP ? "\(path) is a symbolic link that loops back on itself"
            : "\(path) is a symbolic link to something that does not exist"
    }

    /// The folder a path is in ("." for a bare name).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func join(_ directory: String, _ name: String) -> String {
        if directory.isEmpty { return name }
        return directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    private static func expandingHome(_ path: String, environment: [String: String]) -> String {
        if path == "~" { return home(environment) }
        if path.hasPrefix("~/") { return join(home(environment), String(path.dropFirst(2))) }
        return path
    }

    /// $HOME, else the user's home folder from the password database, else the current folder.
    private static func home(_ environment: [String: String]) -> String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        if let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir {
            let home = String(cString: directory)
            if !home.isEmpty { return home }
        }
        return "."
    }
}
