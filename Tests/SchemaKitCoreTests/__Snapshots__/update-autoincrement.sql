-- postgresql
create sequence if not exists "counter_id_seq" as int owned by "counter"."id";
select setval('"counter_id_seq"', coalesce((select max("id") from "counter"), 0) + 1, false);
alter table "counter" alter column "id" set default nextval('"counter_id_seq"');
alter table "counter" alter column "id" set not null;

-- mysql
alter table `counter` modify `id` int unsigned not null auto_increment;

-- mariadb
alter table `counter` modify `id` int unsigned not null auto_increment;

-- sqlite
pragma foreign_keys = off;

create table "counter__temp_alter" ("id" integer not null primary key autoincrement, "hits" integer not null default 0);
insert into "counter__temp_alter" ("id", "hits") select "id", "hits" from "counter";
drop table "counter";
alter table "counter__temp_alter" rename to "counter";

pragma foreign_key_check;

pragma foreign_keys = on;

-- mssql
-- error: mssql does not support changing the default, identity or computation of counter.id

