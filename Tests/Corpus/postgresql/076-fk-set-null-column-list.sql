-- title: ON DELETE SET NULL restricted to one column of a composite foreign key
-- feature: fk-set-null-columns
-- doc: https://www.postgresql.org/docs/15/sql-createtable.html
-- from
create table tenant (tenant_id int, id int, primary key (tenant_id, id));
create table tenant_doc (tenant_id int not null, id int not null, author_id int, primary key (tenant_id, id), foreign key (tenant_id, author_id) references tenant (tenant_id, id) on delete set null);
-- rows
insert into tenant values (1, 1), (1, 2);
insert into tenant_doc values (1, 10, 1), (1, 11, null);
-- to
create table tenant (tenant_id int, id int, primary key (tenant_id, id));
create table tenant_doc (tenant_id int not null, id int not null, author_id int, primary key (tenant_id, id), foreign key (tenant_id, author_id) references tenant (tenant_id, id) on delete set null (author_id));
