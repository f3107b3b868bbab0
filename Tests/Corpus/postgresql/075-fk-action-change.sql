-- title: ON DELETE CASCADE changed to NO ACTION (the default)
-- feature: fk-action
-- doc: https://www.postgresql.org/docs/15/ddl-constraints.html
-- from
create table ledger (id serial primary key);
create table ledger_entry (id serial primary key, ledger_id int not null, constraint ledger_entry_ledger_fk foreign key (ledger_id) references ledger (id) on delete cascade);
-- rows
insert into ledger default values;
insert into ledger_entry (ledger_id) values (1), (1);
-- to
create table ledger (id serial primary key);
create table ledger_entry (id serial primary key, ledger_id int not null, constraint ledger_entry_ledger_fk foreign key (ledger_id) references ledger (id));
