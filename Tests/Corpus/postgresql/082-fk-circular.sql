-- title: two tables referencing each other (second fk added with alter table)
-- feature: foreign-key-cycle
-- doc: https://www.postgresql.org/docs/15/sql-altertable.html
-- from
create table company (id int primary key, ceo_id int);
create table worker (id int primary key, company_id int not null references company (id));
-- rows
insert into company values (1, 100);
insert into worker values (100, 1), (101, 1);
-- to
create table company (id int primary key, ceo_id int);
create table worker (id int primary key, company_id int not null references company (id));
alter table company add constraint company_ceo_fk foreign key (ceo_id) references worker (id) deferrable initially deferred;
