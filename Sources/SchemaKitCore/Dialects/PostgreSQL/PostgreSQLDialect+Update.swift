extension PostgreSQLDialect {
    /// The statements of the update operations.
    ///
    /// ```sql
    /// alter table "book" alter column "price" drop default;
    /// alter table "book" alter column "price" type numeric(12,2) using ("price"::numeric(12,2));
    /// alter table "book" alter column "price" set default 0;
    /// alter table "book" alter column "price" set not null;
    /// ```
    func renderUpdate(_ operation: SchemaOperation) throws -> [SQLStatement] {
        switch operation {
        case .renameTable(let from, let to):
            return [SQLStatement(sql("alter table \(table: from) rename to \(id: to.name)"), kind: .renameTable, table: to)]
        case .addColumn(let column, let table):
            let definition = try columnDefinition(column, table: table, inlinePrimaryKey: false)
            var statements = [SQLStatement(sql("alter table \(table: table.qualifiedName) add column ") + definition,
                                           kind: .addColumn, table: table.qualifiedName)]
            if let comment = column.comment {
                statements += try render(.setComment(table: table.qualifiedName, column: column, comment: comment))
            }
            return statements
        case .dropColumn(let column, let table):
            return [standardDropColumn(column, table: table)]
        case .renameColumn(let from, let to, let table):
            return [standardRenameColumn(from: from, to: to, table: table)]
        case .alterColumn(let from, let to, let table, let changes):
            return try alterColumn(from: from, to: to, table: table, changes: Set(changes))
        case .changePrimaryKey(let from, let to, let table, let liveTableName):
            var statements: [SQLStatement] = []
            if let from {
                let name = from.name ?? liveTableName + "_pkey"
                statements.append(standardDropConstraint(name, table: table, kind: .alterTable))
            }
            if let to {
                let prefix = to.name.map { sql("constraint \(id: $0) ") } ?? ""
                statements.append(SQLStatement(sql("alter table \(table: table) add ") + prefix + sql("primary key (\(ids: to.columns))"),
                                               kind: .alterTable, table: table))
            }
            return statements
        case .addKeyColumns(_, _, _, let table):
            throw unsupported("adding key columns to \(table.name) in one statement; add them, then the key")
        case .renameIndex(let from, let to, let table):
            if from.isConstraint {
                return [SQLStatement(sql("alter table \(table: table) rename constraint \(id: from.name) to \(id: to.name)"),
                                     kind: .renameIndex, table: table)]
            }
            let index = QualifiedName(from.name, schema: table.schema)
            return [SQLStatement(sql("alter index \(table: index) rename to \(id: to.name)"), kind: .renameIndex, table: table)]
        case .addNativeEnumValue(let type, let value, let before):
            var text = sql("alter type \(table: type.qualifiedName) add value if not exists \(literal: value)")
            if let before { text += sql(" before \(literal: before)") }
            return [SQLStatement(text, kind: .alterType)]
        case .renameNativeEnum(let type, let name):
            return [SQLStatement(sql("alter type \(table: type.qualifiedName) rename to \(id: name)"), kind: .alterType)]
        case .rebuildTable(let rebuild):
            throw unsupported("table rebuilds (\(rebuild.to.name)); tables are altered in place")
        case .verifyForeignKeys:
            return []
        default:
            return try render(operation)
        }
    }

    /// `alter column` statements in the order PostgreSQL needs: the old default goes before a
    /// type change (it may not cast), the new one after it, nullability last.
    private func alterColumn(from: ColumnSchema, to: ColumnSchema, table: TableSchema, changes: Set<String>) throws -> [SQLStatement] {
        let name = table.qualifiedName
        var clauses: [String] = []
        let column = quoteIdentifier(to.name)
        let typeChanged = !changes.isDisjoint(with: ["type", "collation", "enum values"])
        let defaultChanged = changes.contains("default") || changes.contains("autoincrement")
        // A serial column keeps its `nextval` default through a type change.
        if (typeChanged && from.defaultValue != nil && !from.isAutoincrement) || (defaultChanged && from.isAutoincrement && !to.isAutoincrement) {
            clauses.append("alter column \(column) drop default")
        }
        if changes.contains("autoincrement"), from.isAutoincrement, !to.isAutoincrement {
            clauses.append("alter column \(column) drop identity if exists")
        }
        if typeChanged {
            let type = columnType(to, schema: table.schema)
            let collation = to.collation.map { " collate " + quoteIdentifier($0) } ?? ""
            // Enum values travel as text; everything else casts directly.
            let cast = to.nativeEnumName != nil || from.nativeEnumName != nil ? "::text::" + type : "::" + type
            clauses.append("alter column \(column) type \(type)\(collation) using (\(column)\(cast))")
        }
        var statements: [SQLStatement] = []
        var sequenceStatements: [SQLStatement] = []
        if typeChanged, from.isAutoincrement, to.isAutoincrement, ["int", "integer", "bigint", "smallint"].contains(to.type.lowercased()) {
            // A serial column's sequence has a type of its own; widened with the column, or
            // `nextval` would still stop at 2^31.
            let sequence = from.defaultValue.flatMap { Self.sequenceName(fromDefault: $0) }
                ?? quoteQualified(QualifiedName(constraintName(table.name + "_" + to.name + "_seq", kind: .sequence), schema: table.schema))
            sequenceStatements.append(SQLStatement("alter sequence \(sequence) as \(to.type.lowercased())", kind: .alterColumn, table: name))
        }
        if changes.contains("autoincrement"), to.isAutoincrement, !from.isAutoincrement {
            // A serial column is an integer column whose default draws from a sequence it owns.
            let sequence = QualifiedName(constraintName(table.name + "_" + to.name + "_seq", kind: .sequence), schema: table.schema)
            let sequenceText = quoteLiteral(quoteQualified(sequence))
            statements.append(SQLStatement(sql("create sequence if not exists \(table: sequence) owned by \(table: name).\(id: to.name)"),
                                           kind: .alterColumn, table: name))
            statements.append(SQLStatement(
                "select setval(\(sequenceText), coalesce((select max(\(column)) from \(quoteQualified(name))), 0) + 1, false)",
                kind: .alterColumn, table: name))
            clauses.append("alter column \(column) set default nextval(\(sequenceText))")
        } else if !to.isAutoincrement, defaultChanged || (typeChanged && to.defaultValue != nil) {
            if let value = to.defaultValue {
                clauses.append("alter column \(column) set default \(value)")
            } else if from.defaultValue != nil, !typeChanged {
                clauses.append("alter column \(column) drop default")
            }
        }
        if changes.contains("nullable") || (to.isAutoincrement && changes.contains("autoincrement")) {
            clauses.append("alter column \(column) " + (to.isNullable && !to.isAutoincrement ? "drop not null" : "set not null"))
        }
        // One statement per clause, as MikroORM writes them: a failure names the exact step.
        statements += clauses.map { SQLStatement(sql("alter table \(table: name) ") + $0, kind: .alterColumn, table: name) }
        return statements + sequenceStatements
    }

    /// The sequence in `nextval('"author_id_seq"'::regclass)`, as written there.
    static func sequenceName(fromDefault value: String) -> String? {
        guard let open = value.range(of: "nextval('"), let close = value.range(of: "'", range: open.upperBound..<value.endIndex)
        else { return nil }
        let name = String(value[open.upperBound..<close.lowerBound]).replacingOccurrences(of: "''", with: "'")
        return name.isEmpty ? nil : name
    }

    /// The type a column is declared with, native enum types quoted and qualified.
    func columnType(_ column: ColumnSchema, schema: String?) -> String {
        if let native = column.nativeEnumName { return quoteQualified(QualifiedName(native, schema: schema)) }
        return column.type
    }
}
