import { Badge, Button, Grid, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAdjustments, IconPencil } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { AuditTrail } from '../../ui/AuditTrail.tsx';
import { ButtonLink } from '../../ui/ButtonLink.tsx';
import { Chatter } from '../../ui/Chatter.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { FieldList } from '../../ui/FieldList.tsx';
import { Figure } from '../../ui/Figure.tsx';
import { formatMoney, formatQuantity } from '../../ui/format.ts';
import { LoadingBlock } from '../../ui/LoadingBlock.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { Panel } from '../../ui/Panel.tsx';
import { PrintLabels } from '../../ui/PrintLabels.tsx';
import { AdjustStockModal, RecentMoves, StockByLocation } from '../inventory/index.ts';
import { type Product, useProduct } from './catalog-api.ts';
import { ProductRecordMenu } from './ProductRecordMenu.tsx';
import { isBelowReorderPoint, isStocked } from './product-labels.ts';

const route = getRouteApi('/shell/products/$productId');

function StockFigures({ product }: { product: Product }) {
  const company = useActiveCompany();
  const { t } = useTranslation('catalog');
  const unit = (quantity: string) => `${formatQuantity(quantity, company)} ${product.unitOfMeasure}`;
  const low = isBelowReorderPoint(product);
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
      <Figure label={t('productPage.onHand')} value={unit(product.onHand)} testId="stock-on-hand" />
      <Figure
        label={t('productPage.reserved')}
        value={unit(product.reserved)}
        hint={t('productPage.reservedHint')}
        testId="stock-reserved"
      />
      <Figure
        label={t('productPage.available')}
        value={unit(product.available)}
        color={low ? 'red' : undefined}
        hint={low ? t('productPage.belowReorderPoint') : t('productPage.availableHint')}
        testId="stock-available"
      />
      <Figure
        label={t('productPage.reorderPoint')}
        value={unit(product.reorderPoint)}
        hint={t('productPage.reorderHint', {
          quantity: formatQuantity(product.reorderQuantity, company),
          unit: product.unitOfMeasure,
        })}
      />
    </SimpleGrid>
  );
}

function ProductDetails({ product }: { product: Product }) {
  const company = useActiveCompany();
  const { t } = useTranslation('catalog');
  const rows: [string, string | null][] = [
    [t('productPage.salePrice'), formatMoney(product.salePrice, company)],
    [t('productPage.standardCost'), formatMoney(product.standardCost, company)],
    [t('productPage.unitOfMeasure'), product.unitOfMeasure],
    [t('productPage.category'), product.categoryName],
    [t('productPage.barcode'), product.barcode],
    [t('productPage.costing'), t(`costingMethod.${product.costingMethod}`)],
    [t('productPage.tracking'), t(`tracking.${product.tracking}`)],
  ];
  return (
    <Panel title={t('productPage.details')}>
      <FieldList rows={rows} />
      {product.description && (
        <Text size="sm" mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {product.description}
        </Text>
      )}
    </Panel>
  );
}

function ProductView({ product }: { product: Product }) {
  const company = useActiveCompany();
  const { t } = useTranslation('catalog');
  const canEdit = useCan('catalog.product.update');
  const canAdjust = useCan('inventory.adjustment.create');
  const canSeeStock = useCan('inventory.stock.read');
  const canSeeHistory = useCan('platform.audit.read');
  const [adjusting, { open: openAdjust, close: closeAdjust }] = useDisclosure();
  const stocked = isStocked(product);

  return (
    <>
      <PageHeader
        title={
          <Group gap="xs" component="span">
            {product.name}
            {!product.active && (
              <Badge color="gray" variant="outline">
                {t('inactive')}
              </Badge>
            )}
          </Group>
        }
        description={`${product.sku} · ${t(`productType.${product.type}`)}`}
        actions={
          <>
            {canAdjust && stocked && (
              <Button variant="default" leftSection={<IconAdjustments size={16} />} onClick={openAdjust}>
                {t('productPage.adjustStock')}
              </Button>
            )}
            {canEdit && (
              <ButtonLink
                to="/products/$productId/edit"
                params={{ productId: product.id }}
                leftSection={<IconPencil size={16} />}
              >
                {t('productPage.edit')}
              </ButtonLink>
            )}
            <PrintLabels kind="product" ids={[product.id]} />
            <ProductRecordMenu product={product} />
          </>
        }
      />
      <Stack gap="md">
        {stocked && <StockFigures product={product} />}
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: canSeeHistory ? 8 : 12 }}>
            <Stack gap="md">
              <ProductDetails product={product} />
              {canSeeStock && stocked && <StockByLocation productId={product.id} />}
              {canSeeStock && stocked && <RecentMoves productId={product.id} />}
              <Chatter recordType="product" recordId={product.id} />
            </Stack>
          </Grid.Col>
          {canSeeHistory && (
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <AuditTrail entity="product" id={product.id} company={company} />
            </Grid.Col>
          )}
        </Grid>
      </Stack>
      {canAdjust && stocked && <AdjustStockModal product={product} opened={adjusting} onClose={closeAdjust} />}
    </>
  );
}

export function ProductPage() {
  const { productId } = route.useParams();
  const product = useProduct(productId);
  if (product.error) return <ErrorAlert error={product.error} onRetry={() => void product.refetch()} />;
  if (!product.data) return <LoadingBlock />;
  return <ProductView product={product.data} />;
}
