import SchemaKitCore

/// The nine catalog queries ``PostgresIntrospector`` runs, whatever the number of tables:
/// tables, columns, identity sequences, other sequences, enum labels, domains with composite
/// types and collations, the names of collations and operator classes, indexes, and
/// constraints.
///
/// Each returns cells in a fixed order, documented on its property; ``PostgresSchemaReader``
/// reads them by position. They are shaped like the least a differ must read: tables, columns,
/// indexes and constraints come one row each, keyed by the table's oid, with key columns as
/// attribute-number vectors (`indkey`, `conkey`) that the reader resolves against the columns it
/// has read; the server deparses only what has no structured form (types, defaults, predicates,
/// expression key parts, checks and exclusions). Only the table list and the enum labels are
/// sorted: the reader groups rows by oid and orders columns by `attnum` itself. Comments are joined from `pg_description`, never looked up per row; an identity
/// column's sequence comes from its own query (a per-column subquery on `pg_depend` cost a
/// quarter of the columns query). Namespaces named in `ignoreSchema`, `information_schema` and
/// `pg_*` are left out by the queries themselves.
///
/// ```swift
/// let queries = PostgresCatalogQueries(options: IntrospectionOptions(ignoreSchema: ["audit"]))
/// queries.all.count   // 9
/// ```
struct PostgresCatalogQueries: Sendable {
    /// The catalog reads, in the order the introspector runs them.
    enum Query: String, CaseIterable, Sendable {
        case tables, columns, identities, sequences, enums, types, lookups, indexes, constraints
    }

    /// The `where` condition on `n.nspname` every query shares.
    let namespaceFilter: String
    private let excluded: String

    init(options: IntrospectionOptions, dialect: PostgreSQLDialect = PostgreSQLDialect()) {
        excluded = (["information_schema"] + options.ignoreSchema).map(dialect.quoteLiteral).joined(separator: ", ")
        namespaceFilter = Self.filter("n", excluded)
    }

    private static func filter(_ alias: String, _ excluded: String) -> String {
        "\(alias).nspname not in (\(excluded)) and \(alias).nspname not like 'pg\\_%'"
    }

    func sql(_ query: Query) -> String {
        switch query {
        case .tables: tables
        case .columns: columns
        case .identities: identities
        case .sequences: sequences
        case .enums: enums
        case .types: types
        case .indexes: indexes
        case .constraints: constraints
        case .lookups: lookups
        }
    }

    /// `oid, nspname, relname, table comment, relpersistence, storage parameters, partition key
    /// (a partitioned table's), parent oid and bound (a partition's), parents (an inheriting
    /// table's: a JSON array of [schema, name] pairs, in order)`; and one row per schema,
    /// tables or not, with only `nspname` (so an empty schema is part of the database). Ordered
    /// by schema and name: the order of the schema's tables.
    var tables: String {
        """
        select c.oid, n.nspname, c.relname, d.description, c.relpersistence::text, array_to_string(c.reloptions, ','),
               case when c.relkind = 'p' then pg_get_partkeydef(c.oid) end,
               case when c.relispartition then (select i.inhparent from pg_inherits i where i.inhrelid = c.oid) end,
               case when c.relispartition then pg_get_expr(c.relpartbound, c.oid) end, ih.parents
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        left join pg_description d on d.objoid = c.oid and d.classoid = 'pg_class'::regclass and d.objsubid = 0
        left join (select i.inhrelid, json_agg(json_build_array(pn.nspname, p.relname) order by i.inhseqno)::text as parents
                   from pg_inherits i join pg_class p on p.oid = i.inhparent join pg_namespace pn on pn.oid = p.relnamespace
                   group by i.inhrelid) ih on ih.inhrelid = c.oid and not c.relispartition
        where c.relkind in ('r', 'p') and \(namespaceFilter)
        union all
        select null, n.nspname, null, null, null, null, null, null, null, null from pg_namespace n where \(namespaceFilter)
        order by 2, 3
        """
    }

    /// `attrelid, attnum, attname, format_type, the type's name (an enum's only), flags, default
    /// expression, column comment, collation name (when not the type's), attcollation (oid)`, in
    /// no particular order. The flags are four characters, one per attribute most columns leave
    /// at its default: `attnotnull` (`t`/`f`), `attidentity` (`a`, `d`), `attgenerated` (`s`
    /// stored, `v` virtual from PostgreSQL 18 on) and the storage strategy when not the type's
    /// (`p`, `e`, `m`, `x`), `-` for none (`f---`).
    /// A cell costs the tool about as much whatever it holds, and this query returns a row per
    /// column: 82,000 at 5,000 tables; as cells of their own they were two-fifths of its cells.
    ///
    /// A default is deparsed without its table (`pg_get_expr(adbin, 0)`): a default cannot refer
    /// to a column, so the text is the same, and deparsing against the table opens it — building
    /// its relation cache entry in a new session, which was half the query's server time (560 →
    /// 310 ms at 5,000 tables). A generated column's expression does name columns and keeps its table.
    var columns: String {
        """
        select a.attrelid, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), case when t.typtype = 'e' then t.typname end,
               concat(case when a.attnotnull then 't' else 'f' end, coalesce(nullif(a.attidentity::text, ''), '-'),
                      coalesce(nullif(a.attgenerated::text, ''), '-'), case when a.attstorage <> t.typstorage then a.attstorage::text else '-' end),
               pg_get_expr(d.adbin, case when a.attgenerated <> '' then d.adrelid else 0 end), cd.description, co.collname, a.attcollation
        from pg_attribute a
        join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
        join pg_type t on t.oid = a.atttypid
        left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
        left join pg_collation co on co.oid = a.attcollation and a.attcollation <> t.typcollation
        left join pg_description cd on cd.objoid = a.attrelid and cd.classoid = 'pg_class'::regclass and cd.objsubid = a.attnum
        where a.attnum > 0 and not a.attisdropped and c.relkind in ('r', 'p') and not c.relispartition and \(namespaceFilter)
        """
    }

    /// `table oid, attnum, "start increment min max cache cycle(t/f)"`: the sequence behind each
    /// identity column (an internal dependency of the sequence on the column), through
    /// `pg_depend`'s index on `classid`.
    var identities: String {
        """
        select dp.refobjid, dp.refobjsubid,
               concat_ws(' ', s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, case when s.seqcycle then 't' else 'f' end)
        from pg_depend dp join pg_sequence s on s.seqrelid = dp.objid
        where dp.classid = 'pg_class'::regclass and dp.refclassid = 'pg_class'::regclass and dp.deptype = 'i'
        """
    }

    /// Every sequence but those of identity columns and extensions: `nspname, relname, the name
    /// as a default's `nextval` writes it (`regclass`), type, start, increment, min, max, cache,
    /// cycle (t/f)`, and for a sequence owned by a column (`owned by`, as `serial` makes it)
    /// `the table's oid, attnum, nspname, relname, the column's name`. Ordered by schema and name.
    ///
    /// A sequence's dependencies are looked up through `pg_depend`'s index on the dependent
    /// object, one probe per sequence (`offset 0` keeps each subquery from being turned into a
    /// join); joined whole, `pg_depend` (140,000 rows at 5,000 tables) was scanned twice: 90 → 75 ms.
    var sequences: String {
        """
        select n.nspname, c.relname, c.oid::regclass::text, format_type(s.seqtypid, null), s.seqstart, s.seqincrement, s.seqmin,
               s.seqmax, s.seqcache, s.seqcycle, dp.refobjid, dp.refobjsubid, tn.nspname, t.relname, a.attname
        from pg_sequence s join pg_class c on c.oid = s.seqrelid join pg_namespace n on n.oid = c.relnamespace
        left join lateral (select dp.refobjid, dp.refobjsubid from pg_depend dp where dp.classid = 'pg_class'::regclass
                           and dp.objid = s.seqrelid and dp.refclassid = 'pg_class'::regclass and dp.refobjsubid > 0
                           and dp.deptype = 'a' offset 0) dp on true
        left join pg_class t on t.oid = dp.refobjid left join pg_namespace tn on tn.oid = t.relnamespace
        left join pg_attribute a on a.attrelid = dp.refobjid and a.attnum = dp.refobjsubid
        where \(namespaceFilter) and not exists (select from pg_depend x where x.classid = 'pg_class'::regclass
                                                  and x.objid = s.seqrelid and x.deptype in ('i', 'e') offset 0)
        order by 1, 2
        """
    }

    /// `nspname, typname, enumlabel`, labels in their sort order.
    var enums: String {
        """
        select n.nspname, t.typname, e.enumlabel
        from pg_type t join pg_enum e on e.enumtypid = t.oid join pg_namespace n on n.oid = t.typnamespace
        where \(namespaceFilter) order by 1, 2, e.enumsortorder
        """
    }

    /// One row per valid index: `table oid, index name, flags, access method (null for btree),
    /// predicate, indkey ("1 3 0": attribute numbers, 0 for an expression), number of key columns
    /// (the rest are included), indoption (bit 1 descending, bit 2 nulls first), indcollation,
    /// indclass (oids), the expression parts as written (a JSON array, in order; only for an index
    /// with one), storage parameters (`fillfactor=70,…`), comment (of the constraint, or of the
    /// index)`. The flags are six characters: unique (`t`/`f`), primary (`t`/`f`), the
    /// constraint's type (`p`, `u`, `x`, `-` for none), nulls not distinct (`t`/`f`; `-` but for
    /// unique indexes other than the primary key, and before PostgreSQL 15), deferrable and
    /// initially deferred (`t`/`f`, `-` without a constraint): `tfu-ff` (as cells of their own
    /// they were a third of the query's cells, and a cell costs the tool about the same whatever
    /// it holds).
    ///
    /// `indnullsnotdistinct` is read through `to_jsonb` so the query runs on servers before
    /// PostgreSQL 15, which lack the column. An invalid index (what an interrupted `create index
    /// concurrently` leaves) is not listed: it serves no query and enforces nothing, so the
    /// update builds it again — an online one drops the leftover first. The reader leaves out
    /// the index behind an exclusion constraint: it is that constraint.
    var indexes: String {
        """
        select x.indrelid, i.relname,
               concat(case when x.indisunique then 't' else 'f' end, case when x.indisprimary then 't' else 'f' end,
                      coalesce(con.contype::text, '-'),
                      case when x.indisunique and not x.indisprimary then coalesce(left(to_jsonb(x) ->> 'indnullsnotdistinct', 1), '-') else '-' end,
                      case when con.condeferrable then 't' when con.condeferrable is not null then 'f' else '-' end,
                      case when con.condeferred then 't' when con.condeferred is not null then 'f' else '-' end),
               nullif(am.amname, 'btree'), pg_get_expr(x.indpred, x.indrelid), x.indkey::text, x.indnkeyatts, x.indoption::text,
               x.indcollation::text, x.indclass::text,
               case when x.indexprs is not null then
                 (select json_agg(pg_get_indexdef(x.indexrelid, k.ord::int, true) order by k.ord)
                  from unnest(x.indkey) with ordinality as k(attnum, ord) where k.attnum = 0)::text end,
               array_to_string(i.reloptions, ','), coalesce(cd.description, id.description)
        from pg_index x
        join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
        join pg_namespace n on n.oid = t.relnamespace join pg_am am on am.oid = i.relam
        left join pg_constraint con on con.conindid = x.indexrelid and con.conrelid = x.indrelid and con.contype in ('p', 'u', 'x')
        left join pg_description cd on cd.objoid = con.oid and cd.classoid = 'pg_constraint'::regclass and cd.objsubid = 0
        left join pg_description id on id.objoid = x.indexrelid and id.classoid = 'pg_class'::regclass and id.objsubid = 0
        where t.relkind in ('r', 'p') and not t.relispartition and x.indisvalid and \(namespaceFilter)
        """
    }

    /// One row per foreign key, check and exclusion constraint: `table oid, conname, flags,
    /// conkey ("{2,3}"), referenced table oid, its nspname, its relname, confkey, the definition
    /// (checks and exclusions), comment, the columns of `on delete set null/default (…)`
    /// (PostgreSQL 15's `confdelsetcols` as JSON, through `to_jsonb` for older servers; only for
    /// keys with such a rule), and the referenced column names (JSON) when the reader does not
    /// read the referenced table: a partition, or a table of an ignored schema`. The flags are
    /// seven characters: contype (`f`, `c`, `x`), confupdtype, confdeltype, confmatchtype
    /// (`f` for full; a space each but for foreign keys, `-` if ever empty: one character each,
    /// whatever the server stores, keeps the later flags in place), then deferrable, initially
    /// deferred and no inherit (`t`/`f`): `fcrsfff`.
    var constraints: String {
        """
        select con.conrelid, con.conname,
               concat(con.contype, coalesce(nullif(con.confupdtype::text, ''), '-'), coalesce(nullif(con.confdeltype::text, ''), '-'),
                      coalesce(nullif(con.confmatchtype::text, ''), '-'), case when con.condeferrable then 't' else 'f' end,
                      case when con.condeferred then 't' else 'f' end, case when con.connoinherit then 't' else 'f' end),
               con.conkey::text, con.confrelid, fn.nspname, f.relname, con.confkey::text,
               case when con.contype in ('c', 'x') then pg_get_constraintdef(con.oid, true) end, cd.description,
               case when con.confdeltype in ('n', 'd') then (to_jsonb(con) -> 'confdelsetcols')::text end,
               case when con.contype = 'f' and (f.relispartition or not (\(Self.filter("fn", excluded)))) then
                 (select json_agg(fa.attname order by k.ord) from unnest(con.confkey) with ordinality as k(attnum, ord)
                  join pg_attribute fa on fa.attrelid = con.confrelid and fa.attnum = k.attnum)::text end
        from pg_constraint con
        join pg_class c on c.oid = con.conrelid join pg_namespace n on n.oid = c.relnamespace
        left join pg_class f on f.oid = con.confrelid left join pg_namespace fn on fn.oid = f.relnamespace
        left join pg_description cd on cd.objoid = con.oid and cd.classoid = 'pg_constraint'::regclass and cd.objsubid = 0
        where (con.contype in ('c', 'x') or (con.contype = 'f' and con.conparentid = 0)) and \(namespaceFilter)
        """
    }

    /// Domains, their checks, composite types' attributes and collations, none of them an
    /// extension's, one row each: `kind, nspname, name, then`
    /// - `d` (domain): `null, base type, not null (t/f), default, collation (when not the base type's)`;
    /// - `k` (domain check): `constraint name, definition`;
    /// - `a` (composite type attribute): `attribute name, type`;
    /// - `l` (collation): `null, provider (i, c), ICU locale, lc_collate, lc_ctype, deterministic (t/f)`.
    ///
    /// Ordered by schema, name, kind and attribute number: a domain comes before its checks.
    /// Row types of tables and array types are not composite types here; the ICU locale is read
    /// through `to_jsonb`, since its column is `colliculocale` on PostgreSQL 15 and `colllocale`
    /// from 17 on.
    var types: String {
        """
        select 'd', n.nspname, t.typname, null, format_type(t.typbasetype, t.typtypmod), t.typnotnull::text, t.typdefault,
               case when t.typcollation <> b.typcollation then co.collname end, null, 0
        from pg_type t join pg_namespace n on n.oid = t.typnamespace join pg_type b on b.oid = t.typbasetype
        left join pg_collation co on co.oid = t.typcollation
        where t.typtype = 'd' and \(namespaceFilter) and \(Self.notExtension("t.oid", "pg_type"))
        union all
        select 'k', n.nspname, t.typname, c.conname, pg_get_constraintdef(c.oid, true), null, null, null, null, 0
        from pg_constraint c join pg_type t on t.oid = c.contypid join pg_namespace n on n.oid = t.typnamespace
        where c.contype = 'c' and \(namespaceFilter) and \(Self.notExtension("t.oid", "pg_type"))
        union all
        select 'a', n.nspname, t.typname, a.attname, format_type(a.atttypid, a.atttypmod), null, null, null, null, a.attnum
        from pg_type t join pg_namespace n on n.oid = t.typnamespace join pg_class r on r.oid = t.typrelid and r.relkind = 'c'
        join pg_attribute a on a.attrelid = r.oid and a.attnum > 0 and not a.attisdropped
        where t.typtype = 'c' and \(namespaceFilter) and \(Self.notExtension("t.oid", "pg_type"))
        union all
        select 'l', n.nspname, co.collname, null, co.collprovider::text,
               coalesce(to_jsonb(co) ->> 'colllocale', to_jsonb(co) ->> 'colliculocale'), co.collcollate, co.collctype,
               co.collisdeterministic::text, 0
        from pg_collation co join pg_namespace n on n.oid = co.collnamespace
        where \(namespaceFilter) and \(Self.notExtension("co.oid", "pg_collation"))
        order by 2, 3, 1, 10
        """
    }

    /// The condition that the object `oid` of catalog `catalog` belongs to no extension.
    private static func notExtension(_ oid: String, _ catalog: String) -> String {
        "not exists (select from pg_depend e where e.classid = '\(catalog)'::regclass and e.objid = \(oid) and e.deptype = 'e')"
    }

    /// `kind (c for a collation, o for an operator class), oid, name`: the collations indexes use
    /// (not the hundreds an ICU build has), and the operator classes that are not their type's
    /// default — what an index's `indcollation` and `indclass` oids resolve to.
    var lookups: String {
        """
        select 'c', oid, collname from pg_collation where oid in (select unnest(indcollation) from pg_index)
        union all
        select 'o', oid, opcname from pg_opclass where not opcdefault
        """
    }

    /// Every query, in the order the introspector runs them.
    var all: [String] { Query.allCases.map(sql) }
}
