// Pizza ovens: you start with 100 cash and each click on the pizza gives +1 cash; an oven costs floor(10 x 1.12^ovens owned) and earns 1 cash per second. "Buy 1" buys one oven, "Buy Max" buys as many ovens as you can afford, paying each oven's own rising price in turn, and the panel always shows the price of the next oven.
const state = { cash: 100, ovens: 0 };

function ovenPrice(owned) {
  return Math.floor(10 * Math.pow(1.12, owned));
}

function makeButton(scene, x, y, label, onClick) {
  const box = scene.add.rectangle(x, y, 200, 56, 0xc0392b).setStrokeStyle(3, 0xffffff);
  const text = scene.add.text(x, y, label, { fontSize: '24px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5);
  box.setInteractive({ useHandCursor: true });
  box.on('pointerover', () => box.setFillStyle(0xe74c3c));
  box.on('pointerout', () => box.setFillStyle(0xc0392b));
  box.on('pointerdown', onClick);
  return { box, text };
}

function refresh(scene) {
  const next = ovenPrice(state.ovens);
  scene.cashText.setText('Cash: ' + Math.floor(state.cash));
  scene.ovenText.setText('Ovens: ' + state.ovens + '   (+' + state.ovens + ' cash/s)');
  scene.priceText.setText('Next oven: ' + next + ' cash');
  scene.priceText.setColor(state.cash >= next ? '#8bff8b' : '#ff9b9b');
}

function buyOne(scene) {
  const price = ovenPrice(state.ovens);
  if (state.cash < price) {
    scene.msgText.setText('Not enough cash');
    return;
  }
  state.cash -= price;
  state.ovens += 1;
  scene.msgText.setText('Bought 1 oven for ' + price);
  refresh(scene);
}

function buyMax(scene) {
  let bought = 0;
  let spent = 0;
  const price = ovenPrice(state.ovens);
  while (state.cash >= price) {
    state.cash -= price;
    spent += price;
    state.ovens += 1;
    bought += 1;
  }
  scene.msgText.setText(bought > 0 ? 'Bought ' + bought + ' ovens for ' + spent : 'Not enough cash');
  refresh(scene);
}

const pizzaScene = {
  key: 'pizza',
  create: function () {
    const g = this.add.graphics();
    g.fillStyle(0xd4a04c, 1);
    g.fillCircle(90, 90, 90);
    g.fillStyle(0xf4d03f, 1);
    g.fillCircle(90, 90, 76);
    g.fillStyle(0xc0392b, 1);
    [[60, 60], [120, 70], [85, 115], [130, 120], [50, 110], [95, 40]].forEach(([x, y]) => g.fillCircle(x, y, 11));
    g.generateTexture('pizza', 180, 180);
    g.destroy();

    this.add.text(400, 40, 'PIZZA OVENS', { fontSize: '36px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5);
    this.cashText = this.add.text(60, 100, '', { fontSize: '30px', color: '#ffe082' });
    this.ovenText = this.add.text(60, 145, '', { fontSize: '22px', color: '#ffffff' });
    this.priceText = this.add.text(460, 170, '', { fontSize: '22px', color: '#ffffff' });
    this.msgText = this.add.text(460, 440, '', { fontSize: '20px', color: '#ffffff' });

    const pizza = this.add.image(200, 380, 'pizza').setInteractive({ useHandCursor: true });
    pizza.on('pointerdown', () => {
      state.cash += 1;
      pizza.setScale(0.92);
      this.time.delayedCall(80, () => pizza.setScale(1));
      refresh(this);
    });

    makeButton(this, 560, 260, 'Buy 1', () => buyOne(this));
    makeButton(this, 560, 350, 'Buy Max', () => buyMax(this));

    this.time.addEvent({
      delay: 1000,
      loop: true,
      callback: () => {
        state.cash += state.ovens;
        refresh(this);
      }
    });

    refresh(this);
  }
};

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#3e2723',
  scene: pizzaScene
};

new Phaser.Game(config);
