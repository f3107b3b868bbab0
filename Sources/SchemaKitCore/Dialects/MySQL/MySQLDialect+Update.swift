extension MySQLDialect {
    /// The statements of the update operations. A changed column is restated whole with
    /// `modify`, the only form MySQL has:
    ///
    /// ```sql
    /// alter table `book` modify `price` numeric(12,2) not null default 0;
    /// alter table `book` rename column `title` to `name`;
    /// ```
    func renderUpdate(_ operation: SchemaOperation) throws -> [SQLStatement] {
        switch operation {
        case .renameTable(let from, let to):
            return [SQLStatement(sql("alter table \(table: from) rename to \(table: to)"), kind: .renameTable, table: to)]
        case .addColumn(let column, let table):
            return [SQLStatement(sql("alter table \(table: table.qualifiedName) add ") + (try columnDefinition(column, table: table.name)),
                                 kind: .addColumn, table: table.qualifiedName)]
        case .dropColumn(let column, let table):
            return [standardDropColumn(column, table: table)]
        case .renameColumn(let from, let to, let table):
            // `rename column` needs MySQL 8.0 or MariaDB 10.5; it keeps the definition as it is.
            return [standardRenameColumn(from: from, to: to, table: table)]
        case .alterColumn(_, let to, let table, _):
            return [SQLStatement(sql("alter table \(table: table.qualifiedName) modify ") + (try columnDefinition(to, table: table.name)),
                                 kind: .alterColumn, table: table.qualifiedName)]
        case .changePrimaryKey(let from, let to, let table, _):
            // One statement, so an auto-increment column is never left without its key.
            var clauses: [String] = []
            if from != nil { clauses.append("drop primary key") }
            if let to { clauses.append(sql("add primary key (\(ids: to.columns))")) }
            return [SQLStatement(sql("alter table \(table: table) ") + clauses.joined(separator: ", "), kind: .alterTable, table: table)]
        case .addKeyColumns(let columns, let replacing, let key, let table):
            var clauses = try columns.map { try "add " + columnDefinition($0, table: table.name) }
            if replacing != nil { clauses.append("drop primary key") }
            clauses.append(sql("add primary key (\(ids: key.columns))"))
            return [SQLStatement(sql("alter table \(table: table.qualifiedName) ") + clauses.joined(separator: ", "),
                                 kind: .addColumn, table: table.qualifiedName)]
        case .renameIndex(let from, let to, let table):
            return [SQLStatement(sql("alter table \(table: table) rename index \(id: from.name) to \(id: to.name)"),
                                 kind: .renameIndex, table: table)]
        case .addNativeEnumValue, .renameNativeEnum:
            throw unsupported("native enum types; enumerations are column types here")
        case .rebuildTable(let rebuild):
            throw unsupported("table rebuilds (\(rebuild.to.name)); tables are altered in place")
        case .verifyForeignKeys:
            return []
        default:
            return try render(operation)
        }
    }
}
