extension DatabaseSchema {
    /// Problems only a dialect can see: names past its identifier limit (PostgreSQL would
    /// silently cut them, and the cut name would never compare equal again), constraint names
    /// used twice in one table, and two columns giving one native enum type different values.
    func dialectIssues(_ dialect: any SQLDialect) -> [SchemaError.Issue] {
        var issues: [SchemaError.Issue] = []
        let limit = dialect.maxIdentifierLength
        func checkLength(_ name: String, _ what: String, table: String, column: String? = nil) {
            guard let limit, name.utf8.count > limit else { return }
            issues.append(SchemaError.Issue(entity: table, property: column,
                "\(what) '\(name)' is \(name.utf8.count) bytes long; \(dialect.id) allows \(limit)"))
        }
        for table in tables {
            checkLength(table.name, "table name", table: table.name)
            var constraintNames: [String: Int] = [:]
            for column in table.columns {
                checkLength(column.name, "column name", table: table.name, column: column.name)
                if let native = column.nativeEnumName,
                   let type = nativeEnums.first(where: { $0.name == native && $0.schema == table.schema }),
                   let items = column.enumItems, items != type.values {
                    issues.append(SchemaError.Issue(entity: table.name, property: column.name,
                        "native enum '\(native)' is declared with values \(type.values) elsewhere, here with \(items)"))
                }
            }
            let names = table.indexes.map(\.name) + table.foreignKeys.map(\.name) + table.checks.map(\.name)
            for name in names {
                checkLength(name, "constraint name", table: table.name)
                constraintNames[name, default: 0] += 1
            }
            for (name, count) in constraintNames.sorted(by: { $0.key < $1.key }) where count > 1 {
                issues.append(SchemaError.Issue(entity: table.name, "constraint name '\(name)' is used \(count) times"))
            }
        }
        return issues
    }
}
