// Solitaire foundation: ten shuffled heart cards (A to 10) lie in a row; drag them onto the foundation pile in ascending order from the Ace, a card that is not the next rank snaps back, and completing the pile shows a win message.
const CARD_W = 64;
const CARD_H = 92;
const RANKS = ['A', '2', '3', '4', '5', '6', '7', '8', '9', '10'];

class FoundationScene extends Phaser.Scene {
  constructor() {
    super({ key: 'FoundationScene' });
  }

  preload() {
    const g = this.make.graphics({ x: 0, y: 0 }, false);
    g.fillStyle(0xffffff, 1).fillRoundedRect(0, 0, CARD_W, CARD_H, 8);
    g.lineStyle(2, 0x333333, 1).strokeRoundedRect(1, 1, CARD_W - 2, CARD_H - 2, 8);
    g.generateTexture('heartCard', CARD_W, CARD_H);
    g.destroy();
  }

  create() {
    this.foundation = [];
    this.pileX = 400;
    this.pileY = 170;

    const outline = this.add.graphics();
    outline.lineStyle(3, 0xffffff, 0.7).strokeRoundedRect(this.pileX - CARD_W / 2 - 6, this.pileY - CARD_H / 2 - 6, CARD_W + 12, CARD_H + 12, 10);
    this.add.text(this.pileX, this.pileY - 80, 'Foundation', { fontSize: '20px', color: '#ffffff' }).setOrigin(0.5);
    this.add.zone(this.pileX, this.pileY, CARD_W + 12, CARD_H + 12).setRectangleDropZone(CARD_W + 12, CARD_H + 12);

    const order = Phaser.Utils.Array.Shuffle(RANKS.map((_, i) => i + 1));
    this.cards = order.map((rank, i) => {
      const x = 85 + i * 70;
      const y = 420;
      const bg = this.add.image(0, 0, 'heartCard');
      const label = this.add.text(0, 0, `${RANKS[rank - 1]}\n♥`, { fontSize: '24px', color: '#d00000', align: 'center' }).setOrigin(0.5);
      const card = this.add.container(x, y, [bg, label]).setSize(CARD_W, CARD_H);
      card.setData({ rank, homeX: x, homeY: y });
      card.setInteractive({ draggable: true, useHandCursor: true });
      return card;
    });

    this.message = this.add.text(400, 540, 'Build the pile from A up to 10', { fontSize: '22px', color: '#ffe066' }).setOrigin(0.5);

    this.input.on('dragstart', (pointer, card) => card.setDepth(100));
    this.input.on('drag', (pointer, card, dragX, dragY) => card.setPosition(dragX, dragY));
    this.input.on('drop', (pointer, card) => this.tryPlace(card));
    this.input.on('dragend', (pointer, card, dropped) => {
      if (!dropped) this.sendHome(card);
    });
  }

  tryPlace(card) {
    const top = this.foundation[this.foundation.length - 1];
    const needed = top ? top.getData('rank') + 1 : 1;
    if (card.getData('rank') !== needed) {
      this.message.setText(`That pile needs ${RANKS[needed - 1]} next`);
      this.sendHome(card);
      return;
    }
    this.foundation.push(card);
    card.disableInteractive();
    card.setDepth(this.foundation.length);
    this.tweens.add({ targets: card, x: this.pileX, y: this.pileY, duration: 120 });
    if (this.foundation.length === RANKS.length) {
      this.message.setText('Foundation complete - you win!');
    } else {
      this.message.setText(`Placed ${RANKS[needed - 1]}. Next: ${RANKS[needed]}`);
    }
  }

  sendHome(card) {
    this.tweens.add({
      targets: card,
      x: card.getData('homeX'),
      y: card.getData('homeY'),
      duration: 200,
      ease: 'Back.easeOut',
      onComplete: () => card.setDepth(0)
    });
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1b4332',
  scene: [FoundationScene]
});
