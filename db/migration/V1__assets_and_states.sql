-- LSD assets and their time series. Amounts and rates are exact numerics at wei precision
-- (18 decimal places); timestamps are timestamptz in UTC.

create table lsd_asset (
    id                     bigint generated always as identity primary key,
    symbol                 varchar(32)  not null,
    name                   varchar(200) not null,
    protocol               varchar(200) not null,
    token_model            varchar(16)  not null check (token_model in ('REBASING', 'NON_REBASING')),
    underlying             varchar(16)  not null,
    launch_date            date,
    node_operator_count    integer check (node_operator_count >= 0),
    withdrawal_wait_days   numeric(12, 4) check (withdrawal_wait_days >= 0),
    withdrawals_enabled_at date,
    audit_count            integer check (audit_count >= 0),
    metadata               jsonb        not null default '{}'::jsonb,
    created_at             timestamptz  not null default now()
);

-- Symbols are unique regardless of case: 'wsteth' finds 'wstETH'.
create unique index lsd_asset_symbol_ci on lsd_asset (lower(symbol));

-- One row per (asset, observedAt). The primary key serves both "latest state per asset"
-- (a backward index scan) and "range of one asset".
create table pool_state (
    asset_id             bigint         not null references lsd_asset (id),
    observed_at          timestamptz    not null,
    block_number         bigint check (block_number >= 0),
    exchange_rate        numeric(38, 18) not null check (exchange_rate > 0),
    market_price_eth     numeric(38, 18) check (market_price_eth > 0),
    eth_usd              numeric(38, 18) check (eth_usd > 0),
    total_pooled_eth     numeric(38, 18) check (total_pooled_eth >= 0),
    token_supply         numeric(38, 18) check (token_supply >= 0),
    staking_apr          numeric(38, 18),
    withdrawal_queue_eth numeric(38, 18) check (withdrawal_queue_eth >= 0),
    validator_count      integer check (validator_count >= 0),
    source               varchar(500)   not null,
    ingested_at          timestamptz    not null default now(),
    primary key (asset_id, observed_at)
);

-- Curve-style two-coin pools (coin 0 ETH, coin 1 the LSD), a series per (asset, venue).
create table liquidity_pool_state (
    asset_id      bigint          not null references lsd_asset (id),
    venue         varchar(64)     not null,
    observed_at   timestamptz     not null,
    balance_eth   numeric(38, 18) not null check (balance_eth > 0),
    balance_lsd   numeric(38, 18) not null check (balance_lsd > 0),
    amplification numeric(38, 18) not null check (amplification > 0),
    fee           numeric(38, 18) not null check (fee >= 0 and fee < 1),
    source        varchar(500)    not null,
    ingested_at   timestamptz     not null default now(),
    primary key (asset_id, venue, observed_at)
);

-- Lending-market parameters per (market, collateral asset). Fractions are decimals.
create table lending_market (
    market                varchar(64)     not null,
    asset_id              bigint          not null references lsd_asset (id),
    ltv                   numeric(10, 6)  not null check (ltv >= 0 and ltv <= 1),
    liquidation_threshold numeric(10, 6)  not null check (liquidation_threshold >= ltv and liquidation_threshold <= 1),
    liquidation_bonus     numeric(10, 6)  not null check (liquidation_bonus >= 0 and liquidation_bonus <= 1),
    emode                 boolean         not null,
    oracle_mode           varchar(16)     not null check (oracle_mode in ('EXCHANGE_RATE', 'MARKET')),
    supply_cap            numeric(38, 18) check (supply_cap >= 0),
    updated_at            timestamptz     not null default now(),
    primary key (market, asset_id)
);
