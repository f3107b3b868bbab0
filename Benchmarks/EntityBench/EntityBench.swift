import Foundation
import SchemaKitCLI
import SchemaKitCore
import SchemaKitMySQL
import SchemaKitPostgres
import SchemaKitSQLite

// entity-bench: an application with N application-like entities, declared with SchemaKit's plain
// value API (no macros), that hosts the schema commands, so that `schema:update --dump` over
// thousands of entities can be timed as a whole process: building and validating the entities,
// reading the database, comparing and rendering. The tables mirror the shape of the project's
// large-schema benchmark, scripts/bench.sh, which runs this executable; see BenchmarkModel.swift.
//
// Environment:
//   DATABASE_URL             the database: sqlite:entity-bench.sqlite by default, or a
//                            postgres://, mysql:// or mariadb:// URL
//   SCHEMAKIT_BENCH_TABLES   how many tables (default 100)
//   SCHEMAKIT_BENCH_SEED     the seed they are drawn from (default 42)
//   SCHEMAKIT_BENCH_MUTATE   K > 0 makes K random changes to them afterwards (default 0): columns and
//                            tables added and dropped, varchars widened, indexes added and dropped,
//                            foreign key delete rules changed
//
// Create the database from the unchanged entities, once per size, as scripts/bench.sh does
// (schema:create also creates a missing database; schema:fresh --run works on an existing one too,
// dropping the entities' tables and creating them again):
//
//   swift build -c release --product entity-bench
//   DATABASE_URL=postgres://user:pass@127.0.0.1:5432/bench SCHEMAKIT_BENCH_TABLES=5000 \
//       swift run -c release entity-bench schema:create --run
//
// Then time whole processes (the built binary, so no build check is timed): against the same
// entities the update script should be empty; with SCHEMAKIT_BENCH_MUTATE=20 it holds the changes.
//
//   export DATABASE_URL=postgres://user:pass@127.0.0.1:5432/bench SCHEMAKIT_BENCH_TABLES=5000
//   /usr/bin/time -f '%e s  %M KiB' .build/release/entity-bench schema:update --dump >/dev/null
//   SCHEMAKIT_BENCH_MUTATE=20 /usr/bin/time -f '%e s  %M KiB' .build/release/entity-bench schema:update --dump >update.sql
//
// `schema:update --check` exits 0 (up to date) or 2 (differences, listed on standard error), and
// SCHEMAKIT_CLI_VERBOSE=1 logs the queries sent.

/// The benchmark's executable: the generated entities and the database `DATABASE_URL` names.
@main
enum EntityBench: SchemaCommandHost {
    /// Generates the entities the environment asks for (see ``BenchmarkSettings``); called only
    /// once a command needs them, so `--help` generates nothing.
    static func configuration() async throws -> SchemaConfiguration {
        let settings = try BenchmarkSettings(environment: ProcessInfo.processInfo.environment)
        let database = try DatabaseConnectors([.sqlite, .postgreSQL, .mySQL]).configuration(for: settings.databaseURL)
        var model = BenchmarkModel(tableCount: settings.tableCount, seed: settings.seed)
        try model.applyChanges(settings.changeCount)
        return SchemaConfiguration(schemas: model.entitySchemas, database: database)
    }
}
