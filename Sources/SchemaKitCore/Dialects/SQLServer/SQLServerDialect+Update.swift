extension SQLServerDialect {
    /// The statements of the update operations SQL Server scripts support (dump only).
    ///
    /// ```sql
    /// exec sp_rename N'[dbo].[book].[title]', N'name', N'COLUMN';
    /// ```
    func renderUpdate(_ operation: SchemaOperation) throws -> [SQLStatement] {
        switch operation {
        case .renameTable(let from, let to):
            return [SQLStatement("exec sp_rename \(quoteLiteral(quoteQualified(from))), \(quoteLiteral(to.name))", kind: .renameTable, table: to)]
        case .addColumn(let column, let table):
            return [SQLStatement(sql("alter table \(table: table.qualifiedName) add ") + (try columnDefinition(column, table: table, inlinePrimaryKey: false)),
                                 kind: .addColumn, table: table.qualifiedName)]
        case .dropColumn(let column, let table):
            return [standardDropColumn(column, table: table)]
        case .renameColumn(let from, let to, let table):
            let path = quoteQualified(table) + "." + quoteIdentifier(from)
            return [SQLStatement("exec sp_rename \(quoteLiteral(path)), \(quoteLiteral(to.name)), 'COLUMN'", kind: .renameColumn, table: table)]
        case .alterColumn(let from, let to, let table, _):
            // Defaults are named constraints here; changing one is not scripted.
            guard from.defaultValue == nil, to.defaultValue == nil, to.generated == nil, from.isAutoincrement == to.isAutoincrement else {
                throw unsupported("changing the default, identity or computation of \(table.name).\(to.name)")
            }
            var text = sql("alter table \(table: table.qualifiedName) alter column \(id: to.name) \(raw: to.type)")
            if let collation = to.collation, isBareWord(collation) { text += " collate \(collation)" }
            text += to.isNullable ? " null" : " not null"
            return [SQLStatement(text, kind: .alterColumn, table: table.qualifiedName)]
        case .changePrimaryKey(let from, let to, let table, let liveTableName):
            var statements: [SQLStatement] = []
            if let from {
                let name = from.name ?? constraintName(liveTableName + "_pkey", kind: .primary)
                statements.append(standardDropConstraint(name, table: table, kind: .alterTable))
            }
            if let to {
                let name = to.name ?? constraintName(table.name + "_pkey", kind: .primary)
                statements.append(SQLStatement(sql("alter table \(table: table) add constraint \(id: name) primary key (\(ids: to.columns))"),
                                               kind: .alterTable, table: table))
            }
            return statements
        case .addKeyColumns(_, _, _, let table):
            throw unsupported("adding key columns to \(table.name) in one statement; add them, then the key")
        case .renameIndex(let from, let to, let table):
            let path = quoteQualified(table) + "." + quoteIdentifier(from.name)
            return [SQLStatement("exec sp_rename \(quoteLiteral(path)), \(quoteLiteral(to.name)), 'INDEX'", kind: .renameIndex, table: table)]
        case .addNativeEnumValue, .renameNativeEnum:
            throw unsupported("native enum types")
        case .rebuildTable(let rebuild):
            throw unsupported("table rebuilds (\(rebuild.to.name))")
        case .verifyForeignKeys:
            return []
        default:
            return try render(operation)
        }
    }
}
