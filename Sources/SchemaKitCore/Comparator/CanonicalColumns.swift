/// A dialect's canonical columns, each worked out once per distinct column.
///
/// A target built from entities never spells a column as the database reports it
/// (`varchar(255)` against `character varying(255)`, `'x'` against `'x'::text`), so every paired
/// column is canonicalised on both sides: at 5,000 tables, 160,000 calls parsing types and
/// default expressions, most of them alike. No dialect's canonical form depends on a column's
/// name, or changes a comment that is not empty, so columns are remembered by everything else and
/// given back their own name and comment; a column with an empty comment (MySQL's canonical form
/// drops it) is worked out every time.
///
/// One per thread: the comparison gives each of its chunks its own (``ParallelMap``).
///
/// ```swift
/// var canonical = CanonicalColumns(dialect: PostgreSQLDialect())
/// canonical[ColumnSchema(name: "a", type: "character varying(255)")].type   // "varchar(255)", worked out
/// canonical[ColumnSchema(name: "b", type: "character varying(255)")].name   // "b", remembered
/// ```
struct CanonicalColumns {
    let dialect: any SQLDialect
    private var known: [ColumnSchema: ColumnSchema] = [:]

    init(dialect: any SQLDialect) { self.dialect = dialect }

    subscript(column: ColumnSchema) -> ColumnSchema {
        mutating get {
            if column.comment?.isEmpty == true { return dialect.canonicalColumn(column) }
            var key = column
            key.name = ""
            key.comment = nil
            var canonical: ColumnSchema
            if let found = known[key] {
                canonical = found
            } else {
                canonical = dialect.canonicalColumn(key)
                known[key] = canonical
            }
            canonical.name = column.name
            canonical.comment = column.comment
            return canonical
        }
    }
}
