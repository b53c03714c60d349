--liquibase formatted sql

--changeset sendplan:fundingstatements-1-tables
-- A school's SEN notional funding statement for one financial year. Totals are computed, never stored.
create table sen_funding_statement (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    school_id uuid not null references organisation (id),
    financial_year int not null,
    notional_budget numeric(14,2) not null,
    staffing numeric(14,2) not null,
    senco_time numeric(14,2) not null,
    interventions numeric(14,2) not null,
    training numeric(14,2) not null,
    resources numeric(14,2) not null,
    bought_in_services numeric(14,2) not null,
    narrative text not null,
    status varchar(20) not null,
    published boolean not null default false,
    submitted_at timestamptz,
    published_at timestamptz,
    last_changed_by varchar(200) not null,
    last_changed_at timestamptz not null,
    version bigint not null default 0,
    constraint sen_funding_statement_one_per_year unique (tenant_id, school_id, financial_year),
    constraint sen_funding_statement_published_when_submitted check (not published or status = 'SUBMITTED')
);

-- Who changed a statement and when; written by the service, never updated or deleted.
create table sen_funding_change (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    statement_id uuid not null references sen_funding_statement (id),
    changed_at timestamptz not null,
    changed_by varchar(200) not null,
    summary text not null
);
create index sen_funding_change_statement on sen_funding_change (tenant_id, statement_id, changed_at);

--changeset sendplan:fundingstatements-2-row-level-security
alter table sen_funding_statement enable row level security;
alter table sen_funding_statement force row level security;
create policy tenant_isolation on sen_funding_statement
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table sen_funding_change enable row level security;
alter table sen_funding_change force row level security;
create policy tenant_isolation on sen_funding_change
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

--changeset sendplan:fundingstatements-3-grants
grant select, insert, update on sen_funding_statement to ${app_role};
grant select, insert on sen_funding_change to ${app_role};
