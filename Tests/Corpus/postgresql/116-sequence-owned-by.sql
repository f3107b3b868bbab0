-- title: sequence becomes OWNED BY the column that uses it
-- feature: sequence
-- doc: https://www.postgresql.org/docs/15/sql-createsequence.html
-- from
create sequence voucher_id_seq;
create table voucher (id bigint primary key default nextval('voucher_id_seq'), code text);
-- rows
insert into voucher (code) values ('V1'), ('V2');
-- to
create sequence voucher_id_seq;
create table voucher (id bigint primary key default nextval('voucher_id_seq'), code text);
alter sequence voucher_id_seq owned by voucher.id;
