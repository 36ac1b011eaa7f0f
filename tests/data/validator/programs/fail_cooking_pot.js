// Cooking pot: click Egg, Cheese, Tomato or Bread to drop it in the pot (at most 4 items), then COOK; a dish is made only if the pot holds exactly its recipe (Omelette = 2 Egg + Cheese, Sandwich = Bread + Cheese + Tomato, Toast = 2 Bread; same items and counts, any order), anything else becomes Burnt Mess, and the pot is emptied.
const INGREDIENTS = [
  { name: 'Egg', color: 0xfff4d6 },
  { name: 'Cheese', color: 0xffd23f },
  { name: 'Tomato', color: 0xe63946 },
  { name: 'Bread', color: 0xc68642 }
];
const RECIPES = [
  { dish: 'Omelette', items: ['Egg', 'Egg', 'Cheese'] },
  { dish: 'Sandwich', items: ['Bread', 'Cheese', 'Tomato'] },
  { dish: 'Toast', items: ['Bread', 'Bread'] }
];
const POT_MAX = 4;

function findRecipe(pot) {
  return RECIPES.find(r => r.items.length === pot.length && r.items.every(item => pot.includes(item)));
}

const KitchenScene = {
  key: 'Kitchen',

  create: function () {
    this.pot = [];
    this.cooked = {};

    this.add.text(400, 30, 'Farmhouse Kitchen', { fontSize: '30px', color: '#ffffff' }).setOrigin(0.5);
    this.add.text(400, 70, RECIPES.map(r => r.dish + ': ' + r.items.join(' + ')).join('   |   '), { fontSize: '14px', color: '#f5deb3' }).setOrigin(0.5);

    INGREDIENTS.forEach((ing, i) => {
      const x = 130 + i * 180;
      const btn = this.add.container(x, 150);
      const bg = this.add.rectangle(0, 0, 150, 60, 0x4b3621).setStrokeStyle(2, 0xffffff);
      const dot = this.add.circle(-50, 0, 14, ing.color);
      const label = this.add.text(-28, 0, ing.name, { fontSize: '20px', color: '#ffffff' }).setOrigin(0, 0.5);
      btn.add([bg, dot, label]);
      bg.setInteractive({ useHandCursor: true });
      bg.on('pointerdown', () => this.addToPot(ing));
    });

    this.add.ellipse(400, 330, 300, 150, 0x333333).setStrokeStyle(6, 0x777777);
    this.potItems = this.add.container(400, 320);
    this.potLabel = this.add.text(400, 420, '', { fontSize: '18px', color: '#ffffff' }).setOrigin(0.5);

    const cook = this.add.text(400, 480, ' COOK ', { fontSize: '28px', color: '#000000', backgroundColor: '#ffb347' }).setOrigin(0.5);
    cook.setInteractive({ useHandCursor: true });
    cook.on('pointerdown', () => this.cook());

    this.result = this.add.text(400, 530, 'Fill the pot and press COOK', { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5);
    this.tally = this.add.text(400, 570, '', { fontSize: '16px', color: '#cccccc' }).setOrigin(0.5);
    this.drawPot();
  },

  extend: {
    addToPot: function (ing) {
      if (this.pot.length >= POT_MAX) {
        this.result.setText('The pot is full!').setColor('#ff8080');
        return;
      }
      this.pot.push(ing.name);
      this.drawPot();
    },

    drawPot: function () {
      this.potItems.removeAll(true);
      this.pot.forEach((name, i) => {
        const ing = INGREDIENTS.find(n => n.name === name);
        const x = (i - (this.pot.length - 1) / 2) * 60;
        this.potItems.add(this.add.circle(x, 0, 22, ing.color).setStrokeStyle(2, 0x000000));
      });
      this.potLabel.setText(this.pot.length ? 'In pot: ' + this.pot.join(', ') : 'The pot is empty');
    },

    cook: function () {
      if (this.pot.length === 0) {
        this.result.setText('Put something in the pot first.').setColor('#ff8080');
        return;
      }
      const recipe = findRecipe(this.pot);
      const dish = recipe ? recipe.dish : 'Burnt Mess';
      this.cooked[dish] = (this.cooked[dish] || 0) + 1;
      this.result.setText('You made: ' + dish).setColor(recipe ? '#90ee90' : '#ff8080');
      this.tweens.add({ targets: this.result, scale: { from: 1.4, to: 1 }, duration: 250 });
      this.pot = [];
      this.drawPot();
      this.tally.setText(Object.keys(this.cooked).map(k => k + ' x' + this.cooked[k]).join('   '));
    }
  }
};

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#6b4226',
  scene: KitchenScene
};

new Phaser.Game(config);
