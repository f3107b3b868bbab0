-- postgresql
create table "doc" ("id" serial primary key, "title" varchar(255) not null, "deleted_at" timestamptz null);
create index "doc_live_title" on "doc" ("title") where deleted_at is null;
create index "doc_lower_title" on "doc" ((lower(title)));
-- mysql: mysql does not support partial indexes (doc_live_title where deleted_at is null)
-- mariadb: mariadb does not support partial indexes (doc_live_title where deleted_at is null)
-- sqlite
create table "doc" ("id" integer not null primary key autoincrement, "title" text not null, "deleted_at" datetime null);
create index "doc_live_title" on "doc" ("title") where deleted_at is null;
create index "doc_lower_title" on "doc" (lower(title));
-- mssql: mssql does not support expression indexes (doc_lower_title); index a computed column
