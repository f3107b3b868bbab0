extension SQLiteDialect {
    /// The statements of the update operations. SQLite alters little in place (add, drop and
    /// rename a column, rename a table); everything else is a table rebuild:
    ///
    /// ```sql
    /// create table "book__temp_alter" ("id" integer not null primary key autoincrement, "title" text not null,
    ///   constraint "book_author_id_foreign" foreign key ("author_id") references "author" ("id"));
    /// insert into "book__temp_alter" ("id", "title") select "id", "name" from "book";
    /// drop table "book";
    /// alter table "book__temp_alter" rename to "book";
    /// ```
    ///
    /// The planner runs rebuilds with `pragma foreign_keys = off` (outside the transaction,
    /// where the pragma works) and `pragma foreign_key_check` before the commit, so dropping the
    /// old table never cascades into a child table and no broken reference is committed.
    func renderUpdate(_ operation: SchemaOperation) throws -> [SQLStatement] {
        switch operation {
        case .renameTable(let from, let to):
            return [SQLStatement(sql("alter table \(table: from) rename to \(id: to.name)"), kind: .renameTable, table: to)]
        case .addColumn(let column, let table):
            return [SQLStatement(
                sql("alter table \(table: table.qualifiedName) add column ") + (try columnDefinition(column, table: table.name, inlinePrimaryKey: false)),
                kind: .addColumn, table: table.qualifiedName)]
        case .dropColumn(let column, let table):
            return [standardDropColumn(column, table: table)]
        case .renameColumn(let from, let to, let table):
            return [standardRenameColumn(from: from, to: to, table: table)]
        case .alterColumn(_, let to, let table, _):
            throw unsupported("altering column \(table.name).\(to.name) in place (the table must be rebuilt)")
        case .changePrimaryKey(_, _, let table, _):
            throw unsupported("changing the primary key of \(table.name) in place (the table must be rebuilt)")
        case .addKeyColumns(_, _, _, let table):
            throw unsupported("adding key columns to \(table.name) in one statement; add them, then the key")
        case .renameIndex(let from, let to, let table):
            return try render(.dropIndex(from, table: table)) + render(.createIndex(to, table: table))
        case .addNativeEnumValue, .renameNativeEnum:
            throw unsupported("native enum types")
        case .rebuildTable(let rebuild):
            return try rebuildTable(rebuild)
        case .verifyForeignKeys:
            return [SQLStatement("pragma foreign_key_check", kind: .verifyForeignKeys)]
        default:
            return try render(operation)
        }
    }

    private func rebuildTable(_ rebuild: TableRebuild) throws -> [SQLStatement] {
        let name = rebuild.to.qualifiedName, temporary = rebuild.temporaryName
        var table = rebuild.to
        table.name = temporary.name
        // Generated columns compute their own values; the others come from their source column
        // or, without one, take their default.
        let copied = rebuild.to.columns.filter { $0.generated == nil }.compactMap { column in
            rebuild.sources[column.name].map { (target: column.name, source: $0) }
        }
        var statements = [try createTable(table)]
        statements[0].table = name
        if !copied.isEmpty {
            statements.append(SQLStatement(
                sql("insert into \(table: temporary) (\(ids: copied.map(\.target))) select \(ids: copied.map(\.source)) from \(table: rebuild.from.qualifiedName)"),
                kind: .copyRows, table: name))
        }
        let dropsColumns = rebuild.from.columns.contains { old in !rebuild.sources.values.contains(old.name) }
        statements.append(SQLStatement(sql("drop table \(table: rebuild.from.qualifiedName)"), kind: .dropTable, table: name,
                                       isDestructive: dropsColumns))
        statements.append(SQLStatement(sql("alter table \(table: temporary) rename to \(id: name.name)"), kind: .renameTable, table: name))
        return statements
    }
}
