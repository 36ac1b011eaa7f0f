// Snack time: three foods at the bottom - Apple (+10 hunger), Cake (+30 hunger, -10 health), Fish (+20 hunger, +5 health) - are selected with keys 1, 2, 3 or by clicking them, and the selected one gets a yellow outline. Clicking the pet feeds it the selected food (it chews for 0.6 s and the meters change, both kept within 0-100); with no food selected a bubble says "Pick a snack!". Hunger drops 3 points every 2 seconds.
const FOODS = [
  { name: 'Apple', color: 0xd83a3a, hunger: 10, health: 0 },
  { name: 'Cake', color: 0xf5b7d2, hunger: 30, health: -10 },
  { name: 'Fish', color: 0x6fa8dc, hunger: 20, health: 5 }
];

class SnackScene extends Phaser.Scene {
  constructor() {
    super({ key: 'Snack' });
    this.selected = null;
  }

  create() {
    this.selected = null;
    this.chewing = false;

    const g = this.make.graphics({ x: 0, y: 0 }, false);
    g.fillStyle(0x8fd18b, 1);
    g.fillRoundedRect(0, 0, 140, 120, 40);
    g.fillStyle(0x1e1e1e, 1);
    g.fillCircle(45, 45, 9);
    g.fillCircle(95, 45, 9);
    g.fillStyle(0x7a2e2e, 1);
    g.fillRoundedRect(50, 78, 40, 14, 6);
    g.generateTexture('critter', 140, 120);
    g.destroy();

    this.pet = this.add.image(400, 260, 'critter').setInteractive({ useHandCursor: true });
    this.pet.setData({ hunger: 50, health: 70 });
    this.pet.on('pointerdown', () => this.feed());

    this.bubble = this.add.text(400, 160, '', {
      fontSize: '20px', color: '#222222', backgroundColor: '#ffffff', padding: { x: 10, y: 6 }
    }).setOrigin(0.5).setVisible(false);

    this.slots = FOODS.map((food, i) => {
      const x = 250 + i * 150;
      const frame = this.add.rectangle(x, 500, 110, 110, 0xffffff, 0.6).setStrokeStyle(4, 0x999999);
      this.add.circle(x, 490, 28, food.color);
      this.add.text(x, 535, (i + 1) + ' ' + food.name, { fontSize: '16px', color: '#333333' }).setOrigin(0.5);
      frame.setInteractive({ useHandCursor: true }).on('pointerdown', () => this.select(i));
      return frame;
    });

    this.input.keyboard.on('keydown', (event) => {
      const i = ['1', '2', '3'].indexOf(event.key);
      if (i !== -1) this.select(i);
    });

    this.meterText = this.add.text(20, 20, '', { fontSize: '20px', color: '#1a1a1a' });
    this.time.addEvent({
      delay: 2000,
      loop: true,
      callback: () => {
        this.pet.setData('hunger', Math.max(0, this.pet.getData('hunger') - 3));
        this.showMeters();
      }
    });
    this.showMeters();
  }

  select(index) {
    this.selected = index;
    this.slots.forEach((slot, i) => slot.setStrokeStyle(4, i === index ? 0xffd400 : 0x999999));
  }

  feed() {
    if (this.chewing) return;
    if (this.selected === null) {
      this.say('Pick a snack!');
      return;
    }
    const food = FOODS[this.selected];
    this.chewing = true;
    this.say('Yum, ' + food.name.toLowerCase() + '!');
    this.tweens.add({
      targets: this.pet,
      scaleY: 0.88,
      duration: 100,
      yoyo: true,
      repeat: 2,
      onComplete: () => {
        this.pet.setScale(1);
        this.pet.setData('hunger', Phaser.Math.Clamp(this.pet.getData('hunger') + food.hunger, 0, 100));
        this.pet.setData('health', Phaser.Math.Clamp(this.pet.getData('health') + food.health, 0, 100));
        this.chewing = false;
        this.showMeters();
      }
    });
  }

  say(text) {
    this.bubble.setText(text).setVisible(true);
    if (this.bubbleTimer) this.bubbleTimer.remove();
    this.bubbleTimer = this.time.delayedCall(1200, () => this.bubble.setVisible(false));
  }

  showMeters() {
    this.meterText.setText('Hunger: ' + this.pet.getData('hunger') + '   Health: ' + this.pet.getData('health'));
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#fff4dc',
  scene: SnackScene
};

new Phaser.Game(config);
