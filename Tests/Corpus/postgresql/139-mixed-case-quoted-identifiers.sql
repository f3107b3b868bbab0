-- title: mixed-case quoted table and column names; a column added
-- feature: quoted-identifiers
-- doc: https://www.postgresql.org/docs/15/sql-syntax-lexical.html
-- from
create table "UserAccount" ("Id" serial primary key, "FirstName" text not null, "lastName" text);
-- rows
insert into "UserAccount" ("FirstName", "lastName") values ('Ada', 'Lovelace'), ('Alan', null);
-- to
create table "UserAccount" ("Id" serial primary key, "FirstName" text not null, "lastName" text, "EMail" varchar(255));
create index "IX_UserAccount_LastName" on "UserAccount" ("lastName");
