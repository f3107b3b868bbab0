import Foundation
import Logging

extension DatabaseURL {
    /// The URL with its password found where the engine's own clients look when the URL has
    /// none (or an empty one), so that it never has to be typed where `ps` shows it:
    ///
    /// 1. the URL's own password;
    /// 2. `password_file=PATH` in the URL (every engine): the file's first line — a mounted secret;
    /// 3. PostgreSQL: `PGPASSWORD`, then the password file `PGPASSFILE` names or `~/.pgpass`
    ///    (libpq's format, `host:port:database:user:password` with `*` and `\:`; ignored, as libpq
    ///    does, when group or others can read it);
    /// 4. MySQL and MariaDB: `MYSQL_PWD`, then `password` in the `[client]` group of the option
    ///    file `option_file=PATH` names, or of `~/.my.cnf`. Only the password is taken from it: the
    ///    URL decides everything else (TLS above all).
    ///
    /// Throws ``SchemaError/Code/invalidConfiguration`` naming a `password_file` that cannot be read.
    public func resolvingPassword(environment: [String: String], logger: Logger? = nil) throws -> DatabaseURL {
        guard password?.isEmpty ?? true else { return self }
        var url = self
        url.password = nil
        if let path = parameters["password_file"] ?? parameters["passwordfile"] {
            url.password = try Self.firstLine(ofPasswordFile: path)
            return url
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        switch scheme {
        case .postgres:
            if let password = environment["PGPASSWORD"], !password.isEmpty {
                url.password = password
                return url
            }
            let file = environment["PGPASSFILE"].flatMap { $0.isEmpty ? nil : $0 } ?? (home as NSString).appendingPathComponent(".pgpass")
            url.password = PostgresPasswordFile.password(in: file, for: url, logger: logger)
        case .mysql, .mariadb:
            if let password = environment["MYSQL_PWD"], !password.isEmpty {
                url.password = password
                return url
            }
            let file = (parameters["option_file"] ?? parameters["optionfile"]).flatMap { $0.isEmpty ? nil : $0 }
                ?? (home as NSString).appendingPathComponent(".my.cnf")
            url.password = MySQLOptionFile.clientPassword(in: file)
        default:
            break
        }
        return url
    }

    private static func firstLine(ofPasswordFile path: String) throws -> String {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw SchemaError(.invalidConfiguration, "Cannot read the password file '\(path)' (password_file): \((error as NSError).localizedDescription)")
        }
        // `\.isNewline`, not `"\n"`: in Swift `"\r\n"` is one character, which `"\n"` does not match.
        let password = String(text.prefix { !$0.isNewline })
        guard !password.isEmpty else {
            throw SchemaError(.invalidConfiguration, "The password file '\(path)' (password_file) is empty")
        }
        return password
    }
}

/// libpq's password file: `hostname:port:database:username:password` a line, `*` matching any
/// value in the first four fields, `\:` and `\\` escaping, `#` comments, the first match wins.
public enum PostgresPasswordFile {
    /// The password for `url` in the file at `path`; `nil` when the file is missing, has no
    /// matching line, or can be read by group or others (libpq ignores it then, and so does this,
    /// with a warning on `logger`).
    public static func password(in path: String, for url: DatabaseURL, logger: Logger? = nil) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        if let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue, mode & 0o077 != 0 {
            logger?.warning("password file has group or world access; permissions should be u=rw (0600) or less: ignored",
                            metadata: ["file": "\(path)"])
            return nil
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return password(inText: text, for: url)
    }

    /// The password for `url` in a password file's text.
    public static func password(inText text: String, for url: DatabaseURL) -> String? {
        let wanted = [url.host, String(url.port ?? 5432), url.database, url.user ?? "postgres"]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = split(line)
            guard fields.count == 5 else { continue }
            let matches = zip(fields.prefix(4), wanted).allSatisfy { field, value in field == "*" || field == value }
            if matches { return fields[4] }
        }
        return nil
    }

    /// Fields split on `:`, with `\:` and `\\` undone.
    private static func split(_ line: Substring) -> [String] {
        var fields: [String] = [], current = ""
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":", fields.count < 4 {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}

/// The `password` of the `[client]` group of a MySQL option file (`~/.my.cnf`): what `mysql`
/// reads when no password is given. Other options of the file are not read.
public enum MySQLOptionFile {
    /// The password in the file at `path`; `nil` when the file is missing or has none.
    public static func clientPassword(in path: String) -> String? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return clientPassword(inText: text)
    }

    /// The last `password` of the `[client]` groups of an option file's text (later ones win, as
    /// in MySQL); quotes around the value are removed.
    public static func clientPassword(inText text: String) -> String? {
        var group = ""
        var password: String?
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmed()
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                group = String(line.dropFirst().dropLast()).trimmed().lowercased()
                continue
            }
            guard group == "client", let equals = line.firstIndex(of: "=") else { continue }
            let key = line[..<equals].trimmed().lowercased()
            guard key == "password" else { continue }
            var value = line[line.index(after: equals)...].trimmed()
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            password = value
        }
        return password
    }
}
