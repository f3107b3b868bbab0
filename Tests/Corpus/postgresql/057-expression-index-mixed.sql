-- title: index mixing a plain column and an expression
-- feature: index-expression
-- doc: https://www.postgresql.org/docs/15/sql-createindex.html
-- from
create table contact (id serial primary key, company_id int not null, full_name text not null);
-- rows
insert into contact (company_id, full_name) values (1, 'Ann Lee'), (2, 'Bo Li');
-- to
create table contact (id serial primary key, company_id int not null, full_name text not null);
create index contact_company_name_idx on contact (company_id, (lower(full_name)) desc);
