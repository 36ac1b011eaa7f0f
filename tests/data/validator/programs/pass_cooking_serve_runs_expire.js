// Cooking rush: orders appear with shrinking patience bars; press 1-3 to serve the oldest order of that dish for +10 coins, an expired order costs one of 3 hearts, and losing all hearts ends the shift.
const DISHES = [
  { name: 'Soup', color: 0xe07a2f },
  { name: 'Salad', color: 0x5cb85c },
  { name: 'Burger', color: 0xc9a04a }
];
const PATIENCE_MS = 8000;
const MAX_ORDERS = 4;

class KitchenScene extends Phaser.Scene {
  constructor() {
    super('Kitchen');
  }

  create() {
    this.orders = [];
    this.coins = 0;
    this.hearts = 3;
    this.nextDish = 0;
    this.over = false;

    this.add.rectangle(400, 40, 800, 80, 0x2d2d44);
    this.hud = this.add.text(20, 24, '', { fontSize: '26px', color: '#ffffff' });
    this.add.text(20, 556, '[1] Soup   [2] Salad   [3] Burger', { fontSize: '22px', color: '#dddddd' });
    this.bars = this.add.graphics().setDepth(2);

    this.spawnTimer = this.time.addEvent({ delay: 2500, loop: true, callback: this.addOrder, callbackScope: this });
    this.addOrder();

    this.input.keyboard.on('keydown', (event) => {
      const dish = ['1', '2', '3'].indexOf(event.key);
      if (dish !== -1) this.serve(dish);
    });
    this.refreshHud();
  }

  addOrder() {
    if (this.over || this.orders.length >= MAX_ORDERS) return;
    const dish = this.nextDish;
    this.nextDish = (this.nextDish + 1) % DISHES.length;

    const card = this.add.container(0, 0);
    card.add(this.add.rectangle(0, 0, 170, 120, 0xf4ecd8).setStrokeStyle(4, DISHES[dish].color));
    card.add(this.add.circle(0, -22, 20, DISHES[dish].color));
    card.add(this.add.text(0, 18, DISHES[dish].name, { fontSize: '22px', color: '#333333' }).setOrigin(0.5));

    const order = { dish, card };
    order.timer = this.time.delayedCall(PATIENCE_MS, () => this.expire(order));
    this.orders.push(order);
    this.layout();
  }

  layout() {
    this.orders.forEach((o, i) => o.card.setPosition(110 + i * 190, 220));
  }

  serve(dish) {
    if (this.over) return;
    const order = this.orders.find((o) => o.dish === dish);
    if (!order) return;
    order.timer.remove();
    this.coins += 10;
    this.dropOrder(order);
  }

  expire(order) {
    this.hearts -= 1;
    this.dropOrder(order);
    if (this.hearts <= 0) this.endShift();
  }

  dropOrder(order) {
    Phaser.Utils.Array.Remove(this.orders, order);
    order.card.destroy();
    this.layout();
    this.refreshHud();
  }

  endShift() {
    this.over = true;
    this.time.removeAllEvents();
    this.orders.forEach((o) => o.card.destroy());
    this.orders = [];
    this.add.text(400, 300, 'Shift over!', { fontSize: '48px', color: '#ff6666' }).setOrigin(0.5);
  }

  refreshHud() {
    this.hud.setText(`Coins: ${this.coins}    Hearts: ${'♥'.repeat(Math.max(this.hearts, 0))}`);
  }

  update() {
    this.bars.clear();
    this.orders.forEach((o) => {
      const left = 1 - o.timer.getProgress();
      const x = o.card.x - 75;
      const y = o.card.y + 72;
      this.bars.fillStyle(0x222222).fillRect(x, y, 150, 12);
      this.bars.fillStyle(left > 0.3 ? 0x44dd66 : 0xee4444).fillRect(x, y, 150 * left, 12);
    });
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#3b3b58',
  scene: KitchenScene
});
