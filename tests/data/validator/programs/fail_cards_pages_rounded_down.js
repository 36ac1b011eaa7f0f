// Task: a card collection browser that shows 20 cards six per page, with Prev/Next buttons (and Left/Right keys) and a "Page X / Y" label, so every card can be reached.
var CARDS_PER_PAGE = 6;

function preload ()
{
    var g = this.make.graphics({}, false);
    g.fillStyle(0xf5f0e1).fillRoundedRect(0, 0, 150, 110, 10);
    g.lineStyle(3, 0x8d6e63).strokeRoundedRect(2, 2, 146, 106, 10);
    g.generateTexture('card', 150, 110);
    g.clear().fillStyle(0x5c6bc0).fillRoundedRect(0, 0, 110, 44, 8).generateTexture('button', 110, 44);
    g.destroy();
}

function create ()
{
    var names = ['Knight', 'Archer', 'Mage', 'Cleric', 'Rogue', 'Golem', 'Dragon', 'Wisp', 'Ogre', 'Imp'];
    this.cards = [];
    for (var i = 0; i < 20; i++)
    {
        this.cards.push({ id: i + 1, name: names[i % 10] + (i >= 10 ? ' II' : ''), power: 10 + (i * 7) % 40 });
    }

    this.page = 0;
    this.totalPages = Math.floor(this.cards.length / CARDS_PER_PAGE);

    this.add.text(400, 40, 'Card Collection', { fontSize: '32px', color: '#ffffff' }).setOrigin(0.5);
    this.grid = this.add.container(0, 0);
    this.pageLabel = this.add.text(400, 540, '', { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5);

    this.prevButton = makeButton(this, 220, 540, 'Prev', () => showPage(this, this.page - 1));
    this.nextButton = makeButton(this, 580, 540, 'Next', () => showPage(this, this.page + 1));
    this.input.keyboard.on('keydown-LEFT', () => showPage(this, this.page - 1));
    this.input.keyboard.on('keydown-RIGHT', () => showPage(this, this.page + 1));

    showPage(this, 0);
}

function makeButton (scene, x, y, label, onClick)
{
    var image = scene.add.image(x, y, 'button').setInteractive({ useHandCursor: true });
    var text = scene.add.text(x, y, label, { fontSize: '20px', color: '#ffffff' }).setOrigin(0.5);
    image.on('pointerdown', function () { if (image.alpha === 1) onClick(); });
    return { image: image, text: text };
}

function showPage (scene, page)
{
    if (page < 0 || page >= scene.totalPages) return;

    scene.page = page;
    scene.grid.removeAll(true);

    var start = page * CARDS_PER_PAGE;
    var visible = scene.cards.slice(start, start + CARDS_PER_PAGE);

    visible.forEach(function (card, i)
    {
        var x = 190 + (i % 3) * 210;
        var y = 170 + Math.floor(i / 3) * 160;
        scene.grid.add(scene.add.image(x, y, 'card'));
        scene.grid.add(scene.add.text(x, y - 28, '#' + card.id + ' ' + card.name, { fontSize: '18px', color: '#3e2723' }).setOrigin(0.5));
        scene.grid.add(scene.add.text(x, y + 18, 'Power ' + card.power, { fontSize: '16px', color: '#6d4c41' }).setOrigin(0.5));
    });

    scene.pageLabel.setText('Page ' + (page + 1) + ' / ' + scene.totalPages);
    scene.prevButton.image.setAlpha(page > 0 ? 1 : 0.4);
    scene.nextButton.image.setAlpha(page < scene.totalPages - 1 ? 1 : 0.4);
}

new Phaser.Game({
    type: Phaser.AUTO,
    width: 800,
    height: 600,
    backgroundColor: '#3e2f5b',
    scene: { preload: preload, create: create }
});
