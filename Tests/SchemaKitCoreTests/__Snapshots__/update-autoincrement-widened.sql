-- postgresql
alter table "counter" alter column "id" type bigint using ("id"::bigint);
alter sequence "counter_id_seq" as bigint;

-- mysql
alter table `counter` modify `id` bigint unsigned not null auto_increment;

-- mariadb
alter table `counter` modify `id` bigint unsigned not null auto_increment;

-- sqlite

-- mssql
alter table [counter] alter column [id] bigint not null;

